package org.kgconnector.platform.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignedWebhookTest {

    private HttpServer receiver;
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicReference<String> signature = new AtomicReference<>();
    private final AtomicReference<String> contentType = new AtomicReference<>();

    @BeforeEach
    void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            signature.set(exchange.getRequestHeaders().getFirst(SignedWebhook.SIGNATURE_HEADER));
            contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void signsTheBodyWithHexHmacSha256OfTheSecret() {
        // the widely published example value of HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog")
        assertEquals("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
                SignedWebhook.signature("key", "The quick brown fox jumps over the lazy dog"
                        .getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void postsTheJsonBodyWithItsSignature() throws Exception {
        byte[] sent = "{\"cause\":\"verification-burst\"}".getBytes(StandardCharsets.US_ASCII);
        URI url = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        int status = new SignedWebhook(Duration.ofSeconds(2)).post(url, "alert-secret", sent, Duration.ofSeconds(2))
                .statusCode();
        assertEquals(204, status);
        assertEquals("{\"cause\":\"verification-burst\"}", body.get());
        assertEquals(SignedWebhook.signature("alert-secret", sent), signature.get());
        assertEquals("application/json", contentType.get());
    }
}
