package org.kgconnector.platform.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.kgconnector.persistence.outbound.OutboundJob;
import org.kgconnector.persistence.outbound.OutboundKind;
import org.kgconnector.platform.webhook.SignedWebhook;
import org.kgconnector.platform.work.OutboundWork;
import org.kgconnector.platform.work.WorkOutcome;

/**
 * Delivers an alert job: its stored body POSTed to the hook with {@code X-KooGallery-Signature:
 * hex(HMAC-SHA256(webhook-secret, body))}, exactly as the provisioning webhook signs. A 2xx answer delivers it;
 * anything else, or no answer, is tried again with the {@code alert} kind's back-off
 * ({@code koogallery.work.alert.*}); a hook switched off meanwhile gives the alert up.
 */
@ApplicationScoped
public class AlertDelivery implements OutboundWork {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    @Inject
    AlertHook hook;

    private final SignedWebhook webhook = new SignedWebhook(CONNECT_TIMEOUT);

    @Override
    public OutboundKind kind() {
        return OutboundKind.ALERT;
    }

    @Override
    public WorkOutcome run(OutboundJob job) {
        Optional<AlertHook.Target> target = hook.target();
        if (target.isEmpty()) {
            return WorkOutcome.giveUp("koogallery.alerts.webhook-url is no longer set");
        }
        byte[] body = job.getPayload() == null ? new byte[0] : job.getPayload().getBytes(StandardCharsets.UTF_8);
        try {
            HttpResponse<byte[]> answer = webhook.post(target.get().url(), target.get().secret(), body,
                    target.get().timeout());
            return answer.statusCode() / 100 == 2 ? WorkOutcome.done()
                    : WorkOutcome.retry("the alert hook answered HTTP " + answer.statusCode());
        } catch (IOException | IllegalArgumentException e) {
            return WorkOutcome.retry("the alert hook could not be reached: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return WorkOutcome.retry("interrupted while calling the alert hook");
        }
    }
}
