package org.kgconnector.protocol.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.kgconnector.protocol.signature.ApigSigner;
import org.kgconnector.protocol.time.ProtocolTime;

/**
 * Calls a marketplace open API with the APIG AK/SK signature. The JDK client verifies certificates strictly
 * (no trust-all switch exists here). Every request that leaves is signed afresh: a new {@code X-Sdk-Date}, and
 * extra headers (a usage push's {@code ts}, {@code nonce} and {@code signature}) made anew by their supplier, so
 * a marketplace that refuses a reused nonce never sees one. When the main endpoint cannot be connected to, the
 * fallback endpoint is tried once; any answer, error statuses included, is returned to the caller.
 */
public final class OpenApiClient {

    private static final String JSON = "application/json";

    private final HttpClient http;
    private final List<URI> endpoints;
    private final String ak;
    private final String sk;
    private final Duration timeout;
    private final Clock clock;

    public OpenApiClient(URI endpoint, URI fallbackEndpoint, String ak, String sk, Duration timeout, Clock clock) {
        this.endpoints = fallbackEndpoint == null ? List.of(requireTls(endpoint)) : List.of(requireTls(endpoint),
                requireTls(fallbackEndpoint));
        this.ak = Objects.requireNonNull(ak, "ak");
        this.sk = Objects.requireNonNull(sk, "sk");
        this.timeout = timeout;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * Only {@code https} reaches the marketplace; plain {@code http} is accepted for a loopback test double alone.
     *
     * @throws IllegalArgumentException for any other endpoint
     */
    static URI requireTls(URI endpoint) {
        boolean loopback = "127.0.0.1".equals(endpoint.getHost()) || "localhost".equals(endpoint.getHost())
                || "[::1]".equals(endpoint.getHost());
        if ("https".equalsIgnoreCase(endpoint.getScheme()) || ("http".equalsIgnoreCase(endpoint.getScheme()) && loopback)) {
            return endpoint;
        }
        throw new IllegalArgumentException("the open-API endpoint must be https (plain http only on loopback): " + endpoint);
    }

    /** GET {@code path?query}; {@code query} is already encoded. */
    public OpenApiResponse get(String path, String query) throws IOException, InterruptedException {
        return send("GET", path, query, new byte[0], JSON, Map::of);
    }

    /**
     * POST a JSON body with extra headers, which are signed too; {@code extraHeaders} is asked for them before each
     * request that leaves (the fallback endpoint's included).
     */
    public OpenApiResponse postJson(String path, String body, Supplier<Map<String, String>> extraHeaders)
            throws IOException, InterruptedException {
        return send("POST", path, null, body.getBytes(StandardCharsets.UTF_8), JSON, extraHeaders);
    }

    /** POST a {@code multipart/form-data} body; its bytes and its {@code Content-Type} are signed as sent. */
    public OpenApiResponse postMultipart(String path, MultipartBody body) throws IOException, InterruptedException {
        return send("POST", path, null, body.bytes(), body.contentType(), Map::of);
    }

    private OpenApiResponse send(String method, String path, String query, byte[] body, String contentType,
                                 Supplier<Map<String, String>> extraHeaders)
            throws IOException, InterruptedException {
        IOException unreachable = null;
        for (URI endpoint : endpoints) {
            URI uri = endpoint.resolve(path + (query == null || query.isEmpty() ? "" : "?" + query));
            try {
                return sendOnce(method, uri, body, contentType, extraHeaders.get());
            } catch (ConnectException | HttpConnectTimeoutException e) {
                unreachable = e;
            }
        }
        throw unreachable;
    }

    private OpenApiResponse sendOnce(String method, URI uri, byte[] body, String contentType,
                                     Map<String, String> extraHeaders) throws IOException, InterruptedException {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.putAll(extraHeaders);
        ApigSigner.Signed signed = ApigSigner.sign(method, uri, headers, body, ak, sk,
                ProtocolTime.formatCompactIso(clock.instant()));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        signed.headersToAdd().forEach(request::header);
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new OpenApiResponse(response.statusCode(), response.body(), uri);
    }
}
