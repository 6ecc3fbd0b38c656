package org.kgconnector.systemtest;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.kgconnector.protocol.crypto.Hmac;

/**
 * The vendor's alert hook on loopback, for tests: it keeps every alert it receives with its
 * {@code X-KooGallery-Signature} and answers 204.
 */
public final class AlertReceiver implements AutoCloseable {

    /** The secret the test servers sign their alerts with. */
    public static final String SECRET = "alert-hook-secret";

    /** One alert as it arrived. */
    public record Received(String body, String signature) {

        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public String cause() {
            return json().getString("cause");
        }

        public String period() {
            return json().getString("period");
        }

        /** Whether the signature is hex HMAC-SHA256 of the body with {@link #SECRET}. */
        public boolean signed() {
            return Hmac.sha256Hex(SECRET, body.getBytes(StandardCharsets.UTF_8)).equals(signature);
        }
    }

    private final HttpServer server;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

    public AlertReceiver(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/alerts", exchange -> {
            received.add(new Received(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("X-KooGallery-Signature")));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/alerts");
    }

    /** Every alert received so far, in order. */
    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
