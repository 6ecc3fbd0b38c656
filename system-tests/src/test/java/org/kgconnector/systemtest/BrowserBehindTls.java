package org.kgconnector.systemtest;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * A browser's cookies as the connector sees them behind a balancer that terminates TLS: the browser speaks https
 * (the connector's public address is https), so it keeps and sends {@code Secure} cookies, while the tests reach
 * the connector over plain http. Everything else is the JDK's cookie handling (domain, path, expiry).
 */
public final class BrowserBehindTls extends CookieManager {

    /** The login session's cookie. */
    public static final String SESSION_COOKIE = "KOOGALLERY_SSO";

    /** The id of the login session this browser holds. */
    public String sessionId() {
        return getCookieStore().getCookies().stream().filter(c -> c.getName().equals(SESSION_COOKIE)).findFirst()
                .orElseThrow(() -> new AssertionError("no login session cookie")).getValue();
    }

    /** A refresh at {@code refreshUri} from another browser, one that holds the session id {@code sessionId}. */
    public static HttpResponse<String> refreshFromAnotherBrowser(URI refreshUri, String sessionId) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(refreshUri)
                .header("Cookie", SESSION_COOKIE + "=" + sessionId).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
        return super.get(overHttps(uri), requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
        super.put(overHttps(uri), responseHeaders);
    }

    private static URI overHttps(URI uri) {
        try {
            return new URI("https", uri.getUserInfo(), uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(),
                    uri.getFragment());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
