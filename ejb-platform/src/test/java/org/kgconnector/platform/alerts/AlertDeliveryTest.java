package org.kgconnector.platform.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kgconnector.persistence.outbound.OutboundJob;
import org.kgconnector.persistence.outbound.OutboundKind;
import org.kgconnector.platform.webhook.SignedWebhook;
import org.kgconnector.platform.work.WorkOutcome;

class AlertDeliveryTest {

    private HttpServer receiver;
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicReference<String> signature = new AtomicReference<>();
    private final TestSettings settings = new TestSettings();
    private final AlertDelivery delivery = new AlertDelivery();

    @BeforeEach
    void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/alerts", exchange -> {
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            signature.set(exchange.getRequestHeaders().getFirst(SignedWebhook.SIGNATURE_HEADER));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        receiver.start();
        settings.url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/alerts";
        AlertHook hook = new AlertHook();
        hook.settings = settings;
        delivery.hook = hook;
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    private static OutboundJob job(String payload) {
        return new OutboundJob(OutboundKind.ALERT, "verification-burst", "2026-03-01T10:15:00Z/PT15M", payload,
                Instant.now());
    }

    @Test
    void postsTheStoredBodySignedLikeTheProvisioningWebhook() {
        String payload = "{\"cause\":\"verification-burst\",\"period\":\"2026-03-01T10:15:00Z/PT15M\"}";
        assertEquals(WorkOutcome.done(), delivery.run(job(payload)));
        assertEquals(payload, body.get());
        assertEquals(SignedWebhook.signature("alert-secret", payload.getBytes(StandardCharsets.UTF_8)), signature.get());
    }

    @Test
    void anythingButA2xxIsTriedAgainAndAHookSwitchedOffGivesUp() {
        status.set(503);
        assertEquals(WorkOutcome.retry("the alert hook answered HTTP 503"), delivery.run(job("{}")));
        settings.url = null;
        assertEquals(WorkOutcome.Kind.GIVE_UP, delivery.run(job("{}")).kind());
    }

    @Test
    void aHookThatCannotBeReachedIsTriedAgain() {
        receiver.stop(0);
        assertEquals(WorkOutcome.Kind.RETRY, delivery.run(job("{}")).kind());
    }
}
