package org.kgconnector.kit.sso.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.kgconnector.kit.sso.boundary.SsoRefused;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.protocol.json.MalformedJsonException;

/**
 * A tenant's identity provider at its {@code domainName}: OAuth 2.0 token and userinfo, CAS 3.0 serviceValidate.
 * Only an address the rules of {@link IdentityProviderAddress} allow is called, its host resolved and checked just
 * before; redirects are not followed, and an answer must arrive whole, at most {@value #MAX_ANSWER_BYTES} bytes,
 * within 5 s ({@link BoundedBody}).
 */
@ApplicationScoped
public class IdentityProviderClient {

    static final int MAX_ANSWER_BYTES = 64 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    ConnectorSettings settings;

    /** {@code POST {domain}/api/v1/oauth2/token}, form-encoded; the answer's JSON, or a refusal saying why. */
    public JsonObject token(String domainName, Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(URLEncoder.encode(k, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return send(HttpRequest.newBuilder(endpoint(domainName, "/api/v1/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())), "the token endpoint");
    }

    public JsonObject userInfo(String domainName, String accessToken) {
        return send(HttpRequest.newBuilder(endpoint(domainName, "/api/v1/oauth2/userinfo"))
                .header("Authorization", "Bearer " + accessToken).header("Accept", "application/json").GET(),
                "the userinfo endpoint");
    }

    /** CAS 3.0 {@code serviceValidate} with {@code format=JSON}. */
    public JsonObject serviceValidate(String domainName, String service, String ticket) {
        String query = "service=" + URLEncoder.encode(service, StandardCharsets.UTF_8) + "&ticket="
                + URLEncoder.encode(ticket, StandardCharsets.UTF_8) + "&format=JSON";
        return send(HttpRequest.newBuilder(endpoint(domainName, "/api/v1/cas/p3/serviceValidate?" + query))
                .header("Accept", "application/json").GET(), "the CAS endpoint");
    }

    /** Where a browser is sent at the tenant's identity provider (the logout), by the same address rules. */
    public String browserUrl(String domainName, String pathAndQuery) {
        return IdentityProviderAddress.of(domainName, settings.ssoTrustedIdpHosts()).browserUrl(pathAndQuery);
    }

    private URI endpoint(String domainName, String pathAndQuery) {
        IdentityProviderAddress address = IdentityProviderAddress.of(domainName, settings.ssoTrustedIdpHosts());
        address.checkResolvesPublic();
        return address.at(pathAndQuery);
    }

    private JsonObject send(HttpRequest.Builder request, String what) {
        CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(request.timeout(TIMEOUT).build(),
                info -> new BoundedBody(MAX_ANSWER_BYTES));
        try {
            HttpResponse<byte[]> answer = pending.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            byte[] body = answer.body();
            if (answer.statusCode() / 100 == 3) {
                throw new SsoRefused(what + " of the tenant's identity provider answered a redirect, which is not"
                        + " followed", false);
            }
            JsonObject json = JsonText.parseObject(body);
            if (answer.statusCode() / 100 != 2) {
                throw new SsoRefused(what + " refused: " + json.getString("error", "HTTP " + answer.statusCode()), true);
            }
            return json;
        } catch (ExecutionException | TimeoutException | MalformedJsonException e) {
            pending.cancel(true);
            throw new SsoRefused(what + " of the tenant's identity provider did not answer properly within "
                    + TIMEOUT.toSeconds() + " s and " + MAX_ANSWER_BYTES + " bytes", false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SsoRefused("interrupted while calling " + what, false);
        }
    }
}
