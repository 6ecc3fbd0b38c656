package org.kgconnector.platform.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.kgconnector.protocol.crypto.Hmac;

/**
 * POSTs a JSON body to a vendor's webhook, signed with header {@code X-KooGallery-Signature:
 * hex(HMAC-SHA256(secret, body))} so that the receiver can tell the connector's calls from anybody else's. A
 * redirect is never followed (the signature is for the configured address only).
 */
public final class SignedWebhook {

    public static final String SIGNATURE_HEADER = "X-KooGallery-Signature";

    private final HttpClient http;

    /** @param connectTimeout how long a connection may take to be made */
    public SignedWebhook(Duration connectTimeout) {
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The signature of {@code body} with {@code secret}: what the header carries. */
    public static String signature(String secret, byte[] body) {
        return Hmac.sha256Hex(secret, body);
    }

    /**
     * Sends the body and waits for the answer at most {@code timeout}.
     *
     * @throws IOException when there is no answer (refused, timed out, broken)
     */
    public HttpResponse<byte[]> post(URI url, String secret, byte[] body, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header(SIGNATURE_HEADER, signature(secret, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
