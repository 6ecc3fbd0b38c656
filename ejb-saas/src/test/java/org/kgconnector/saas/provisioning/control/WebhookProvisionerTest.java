package org.kgconnector.saas.provisioning.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kgconnector.protocol.crypto.Hmac;
import org.kgconnector.spi.InstanceEvent;
import org.kgconnector.spi.OrderDetails;
import org.kgconnector.spi.ProvisioningResult;

class WebhookProvisionerTest {

    private HttpServer vendor;
    private final AtomicReference<String> answer = new AtomicReference<>();
    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private final AtomicReference<String> received = new AtomicReference<>();
    private final AtomicReference<String> signature = new AtomicReference<>();
    private WebhookProvisioner webhook;

    private static final InstanceEvent EVENT = new InstanceEvent("inst-1", "CS1", "CS1-000001", "P1",
            Instant.parse("2030-01-01T00:00:00Z"), false, null, new OrderDetails("NEW", "PERIOD", "year", 1,
            Instant.parse("2030-01-01T00:00:00Z"), "P1", "sku-1", "Basic", 50, "cust-1", "buyer",
            "{\"order\":[],\"line\":[]}"));

    @BeforeEach
    void start() throws Exception {
        vendor = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        vendor.createContext("/provision", exchange -> {
            received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            signature.set(exchange.getRequestHeaders().getFirst(WebhookProvisioner.SIGNATURE_HEADER));
            byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        vendor.start();
        webhook = new WebhookProvisioner();
        webhook.url = Optional.of(URI.create("http://127.0.0.1:" + vendor.getAddress().getPort() + "/provision"));
        webhook.secret = Optional.of("hook-secret");
        webhook.timeout = Duration.ofSeconds(2);
    }

    @AfterEach
    void stop() {
        vendor.stop(0);
    }

    @Test
    void postsTheSignedEventAndMapsADoneAnswer() {
        answer.set("{\"outcome\":\"DONE\",\"appInfo\":{\"frontEndUrl\":\"https://v.example.com/1\",\"userName\":\"u\","
                + "\"password\":\"p\"}}");
        ProvisioningResult result = webhook.create(EVENT);
        assertEquals(ProvisioningResult.Outcome.DONE, result.outcome());
        assertEquals("https://v.example.com/1", result.appInfo().frontEndUrl());
        assertEquals("p", result.appInfo().password());
        assertEquals("{\"action\":\"create\",\"instanceId\":\"inst-1\",\"test\":false,\"orderId\":\"CS1\",\"orderLineId\":"
                + "\"CS1-000001\",\"productId\":\"P1\",\"expireTime\":\"2030-01-01T00:00:00Z\",\"order\":{\"orderType\":"
                + "\"NEW\",\"chargingMode\":\"PERIOD\",\"periodType\":\"year\",\"periodNumber\":1,\"expireTime\":"
                + "\"2030-01-01T00:00:00Z\",\"productId\":\"P1\",\"skuCode\":\"sku-1\",\"productName\":\"Basic\","
                + "\"linearValue\":50,\"customerId\":\"cust-1\",\"customerName\":\"buyer\",\"extendParams\":"
                + "{\"order\":[],\"line\":[]}}}", received.get());
        assertEquals(Hmac.sha256Hex("hook-secret", received.get().getBytes(StandardCharsets.UTF_8)), signature.get());
    }

    @Test
    void refusalsKeepTheirCodeAndEverythingElseIsARetry() {
        answer.set("{\"outcome\":\"REFUSED\",\"resultCode\":\"000106\",\"message\":\"sold out\"}");
        ProvisioningResult refused = webhook.create(EVENT);
        assertEquals(ProvisioningResult.Outcome.REFUSED, refused.outcome());
        assertEquals("000106", refused.resultCode());
        answer.set("{\"outcome\":\"DONE\"}");
        assertNull(webhook.renew(EVENT).appInfo());
        answer.set("not json");
        assertEquals(ProvisioningResult.Outcome.RETRY, webhook.freeze(EVENT).outcome());
        status.set(503);
        answer.set("{\"outcome\":\"DONE\"}");
        assertTrue(webhook.release(EVENT).message().contains("503"));
        webhook.url = Optional.empty();
        assertEquals(ProvisioningResult.Outcome.RETRY, webhook.upgrade(EVENT).outcome());
    }
}
