package org.kgconnector.protocol.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kgconnector.protocol.signature.ApigSigner;

class OpenApiClientTest {

    private HttpServer marketplace;
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private final AtomicReference<String> signedQuery = new AtomicReference<>();
    private final AtomicReference<String> contentType = new AtomicReference<>();
    private final AtomicReference<byte[]> received = new AtomicReference<>();

    @BeforeEach
    void startMarketplace() throws Exception {
        marketplace = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        marketplace.createContext("/", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            signedQuery.set(exchange.getRequestURI().getRawQuery());
            contentType.set(exchange.getRequestHeaders().getFirst("Content-Type"));
            received.set(exchange.getRequestBody().readAllBytes());
            byte[] answer = "{\"resultCode\":\"000000\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        marketplace.start();
    }

    @AfterEach
    void stopMarketplace() {
        marketplace.stop(0);
    }

    @Test
    void signsTheRequestAndFallsBackWhenTheMainHostIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        Clock clock = Clock.fixed(Instant.parse("2024-01-01T12:00:00Z"), ZoneOffset.UTC);
        URI fallback = URI.create("http://127.0.0.1:" + marketplace.getAddress().getPort());
        OpenApiClient client = new OpenApiClient(URI.create("http://127.0.0.1:" + closedPort), fallback, "AK", "SK",
                Duration.ofSeconds(2), clock);
        OpenApiResponse response = client.get("/api/mkp-openapi-public/global/v1/order/query",
                "orderId=MOCKONETIMENEW&orderLineId=MOCKONETIMENEW-000001");
        assertEquals(200, response.status());
        assertEquals(fallback.getPort(), response.uri().getPort());
        assertEquals("orderId=MOCKONETIMENEW&orderLineId=MOCKONETIMENEW-000001", signedQuery.get());
        ApigSigner.Signed expected = ApigSigner.sign("GET", response.uri(), Map.of("Content-Type", "application/json"),
                new byte[0], "AK", "SK", "20240101T120000Z");
        assertEquals(expected.authorization(), authorization.get());
        assertTrue(authorization.get().startsWith("SDK-HMAC-SHA256 Access=AK, SignedHeaders=content-type;host;x-sdk-date"));
    }

    @Test
    void signsAMultipartUploadOverTheBytesItSends() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2024-01-01T12:00:00Z"), ZoneOffset.UTC);
        URI endpoint = URI.create("http://127.0.0.1:" + marketplace.getAddress().getPort());
        OpenApiClient client = new OpenApiClient(endpoint, null, "AK", "SK", Duration.ofSeconds(2), clock);
        MultipartBody body = new MultipartBody().json("isvUpdateFileReq", "{\"type\":\"FILE\",\"sha256\":\"ab\"}")
                .file("file", "license.lic", "LICENSE".getBytes(StandardCharsets.UTF_8));
        OpenApiResponse response = client.postMultipart("/api/mkp-openapi-public/global/v1/market-event/E1/file", body);
        assertEquals(200, response.status());
        String sent = new String(received.get(), StandardCharsets.UTF_8);
        assertTrue(sent.contains("name=\"isvUpdateFileReq\"\r\nContent-Type: application/json\r\n\r\n{\"type\":\"FILE\""), sent);
        assertTrue(sent.contains("filename=\"license.lic\""), sent);
        assertTrue(contentType.get().startsWith("multipart/form-data; boundary="), contentType.get());
        ApigSigner.Signed expected = ApigSigner.sign("POST", response.uri(), Map.of("Content-Type", contentType.get()),
                received.get(), "AK", "SK", "20240101T120000Z");
        assertEquals(expected.authorization(), authorization.get());
    }

    @Test
    void refusesAPlainHttpMarketplaceThatIsNotLoopback() {
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new OpenApiClient(URI.create("http://mkt.myhuaweicloud.com"), null, "AK", "SK",
                        Duration.ofSeconds(1), Clock.systemUTC()));
        assertTrue(refused.getMessage().contains("https"));
        assertEquals("https://mkt.myhuaweicloud.com", OpenApiClient.requireTls(URI.create("https://mkt.myhuaweicloud.com"))
                .toString());
    }
}
