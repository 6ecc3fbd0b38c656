package org.kgconnector.protocol.signature;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.kgconnector.protocol.crypto.Hmac;

/**
 * Huawei API Gateway {@code SDK-HMAC-SHA256} signing of outbound open-API calls (docs/protocol/openapi.md §3): no scope, no
 * derived key, the SK's bytes sign the string-to-sign. The {@code Host} header is derived from the URI, as the
 * JDK HTTP client sends it.
 */
public final class ApigSigner {

    public static final String ALGORITHM = "SDK-HMAC-SHA256";
    public static final String DATE_HEADER = "X-Sdk-Date";

    private ApigSigner() {
    }

    /** The outcome of signing: the headers to send besides those given, and what was signed, for diagnosis. */
    public record Signed(String authorization, String sdkDate, String canonicalRequest, String stringToSign) {

        /** Headers to add to the request: {@code X-Sdk-Date} and {@code Authorization}. */
        public Map<String, String> headersToAdd() {
            Map<String, String> added = new LinkedHashMap<>();
            added.put(DATE_HEADER, sdkDate);
            added.put("Authorization", authorization);
            return added;
        }
    }

    /**
     * Signs a request.
     *
     * @param headers the headers that will be sent (without {@code Host}, {@code X-Sdk-Date}, {@code Authorization})
     * @param sdkDate {@code yyyyMMdd'T'HHmmss'Z'}, UTC
     */
    public static Signed sign(String method, URI uri, Map<String, String> headers, byte[] body, String ak, String sk,
                              String sdkDate) {
        Map<String, String> signed = new TreeMap<>();
        headers.forEach((name, value) -> signed.put(name.toLowerCase(Locale.ROOT), value.trim()));
        signed.put("host", hostHeader(uri));
        signed.put("x-sdk-date", sdkDate);
        StringBuilder canonicalHeaders = new StringBuilder();
        signed.forEach((name, value) -> canonicalHeaders.append(name).append(':').append(value).append('\n'));
        String signedHeaders = String.join(";", signed.keySet());
        String canonicalRequest = method.toUpperCase(Locale.ROOT) + "\n"
                + canonicalUri(uri.getRawPath()) + "\n"
                + canonicalQuery(uri.getRawQuery()) + "\n"
                + canonicalHeaders + "\n"
                + signedHeaders + "\n"
                + Hmac.digestHex(body == null ? new byte[0] : body);
        String stringToSign = ALGORITHM + "\n" + sdkDate + "\n" + Hmac.digestHex(Hmac.utf8(canonicalRequest));
        String signature = Hmac.sha256Hex(sk, Hmac.utf8(stringToSign));
        String authorization = ALGORITHM + " Access=" + ak + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature;
        return new Signed(authorization, sdkDate, canonicalRequest, stringToSign);
    }

    static String hostHeader(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1
                || ("https".equalsIgnoreCase(uri.getScheme()) && port == 443)
                || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80);
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }

    static String canonicalUri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return "/";
        }
        String[] segments = rawPath.split("/", -1);
        StringJoiner joined = new StringJoiner("/");
        for (String segment : segments) {
            joined.add(encode(decode(segment)));
        }
        String path = joined.toString();
        return path.endsWith("/") ? path : path + "/";
    }

    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        Map<String, List<String>> byKey = new TreeMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            byKey.computeIfAbsent(encode(decode(key)), k -> new ArrayList<>()).add(encode(decode(value)));
        }
        StringJoiner joined = new StringJoiner("&");
        byKey.forEach((key, values) -> values.stream().sorted().forEach(v -> joined.add(key + "=" + v)));
        return joined.toString();
    }

    /** Percent-decoding that keeps {@code +}; malformed escapes are refused. */
    private static String decode(String s) {
        String decoded = QueryParameters.decode(s, false);
        if (decoded == null) {
            throw new IllegalArgumentException("malformed percent-encoding in the request URI");
        }
        return decoded;
    }

    /** RFC 3986 encoding with upper-case hex: unreserved characters stay, space is {@code %20}. */
    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
