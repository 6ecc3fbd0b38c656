package org.kgconnector.saas.provisioning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kgconnector.platform.webhook.SignedWebhook;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.protocol.json.MalformedJsonException;
import org.kgconnector.spi.AppInfo;
import org.kgconnector.spi.InstanceEvent;
import org.kgconnector.spi.OrderDetails;
import org.kgconnector.spi.Provisioner;
import org.kgconnector.spi.ProvisioningResult;

/**
 * The provisioner for vendors whose provisioning is not Java ({@code koogallery.provisioning.provisioner=webhook}):
 * each step is POSTed as JSON to {@code koogallery.provisioning.webhook-url}, signed with header
 * {@code X-KooGallery-Signature: hex(HMAC-SHA256(webhook-secret, body))}. The vendor answers
 * {@code {"outcome":"DONE"|"RETRY"|"REFUSED","appInfo":{…},"resultCode":"…","message":"…"}}; any other answer, a
 * non-2xx status or no answer within the timeout means "try again later".
 */
@ApplicationScoped
@Named(WebhookProvisioner.NAME)
public class WebhookProvisioner implements Provisioner {

    public static final String NAME = "webhook";
    public static final String SIGNATURE_HEADER = SignedWebhook.SIGNATURE_HEADER;

    @Inject
    @ConfigProperty(name = "koogallery.provisioning.webhook-url")
    Optional<URI> url;

    @Inject
    @ConfigProperty(name = "koogallery.provisioning.webhook-secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "koogallery.provisioning.webhook-timeout", defaultValue = "PT2.5S")
    Duration timeout;

    /** A connection that cannot be made within this is a retry, like an answer that does not come in time. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

    private final SignedWebhook webhook = new SignedWebhook(CONNECT_TIMEOUT);

    @Override
    public ProvisioningResult create(InstanceEvent event) {
        return call("create", event);
    }

    @Override
    public ProvisioningResult renew(InstanceEvent event) {
        return call("renew", event);
    }

    @Override
    public ProvisioningResult freeze(InstanceEvent event) {
        return call("freeze", event);
    }

    @Override
    public ProvisioningResult unfreeze(InstanceEvent event) {
        return call("unfreeze", event);
    }

    @Override
    public ProvisioningResult release(InstanceEvent event) {
        return call("release", event);
    }

    @Override
    public ProvisioningResult upgrade(InstanceEvent event) {
        return call("upgrade", event);
    }

    @Override
    public ProvisioningResult checkChange(InstanceEvent event) {
        return call("checkChange", event);
    }

    ProvisioningResult call(String action, InstanceEvent event) {
        if (url.isEmpty() || secret.isEmpty()) {
            return ProvisioningResult.retry("koogallery.provisioning.webhook-url and webhook-secret must be set");
        }
        byte[] body = JsonText.toAsciiJson(request(action, event)).getBytes(StandardCharsets.US_ASCII);
        try {
            HttpResponse<byte[]> answer = webhook.post(url.get(), secret.get(), body, timeout);
            if (answer.statusCode() / 100 != 2) {
                return ProvisioningResult.retry("the webhook answered HTTP " + answer.statusCode());
            }
            return result(JsonText.parseObject(answer.body()));
        } catch (IOException | MalformedJsonException | IllegalArgumentException | ClassCastException e) {
            return ProvisioningResult.retry("the webhook failed: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ProvisioningResult.retry("interrupted while calling the webhook");
        }
    }

    private static JsonObject request(String action, InstanceEvent event) {
        JsonObjectBuilder json = JsonText.provider().createObjectBuilder().add("action", action)
                .add("instanceId", event.instanceId()).add("test", event.test());
        addIfPresent(json, "orderId", event.orderId());
        addIfPresent(json, "orderLineId", event.orderLineId());
        addIfPresent(json, "productId", event.productId());
        addIfPresent(json, "expireTime", event.expireTime() == null ? null : event.expireTime().toString());
        addIfPresent(json, "productInfo", event.productInfo());
        if (event.order() != null) {
            json.add("order", order(event.order()));
        }
        return json.build();
    }

    private static JsonObjectBuilder order(OrderDetails order) {
        JsonObjectBuilder json = JsonText.provider().createObjectBuilder();
        addIfPresent(json, "orderType", order.orderType());
        addIfPresent(json, "chargingMode", order.chargingMode());
        addIfPresent(json, "periodType", order.periodType());
        if (order.periodNumber() != null) {
            json.add("periodNumber", order.periodNumber());
        }
        addIfPresent(json, "expireTime", order.expireTime() == null ? null : order.expireTime().toString());
        addIfPresent(json, "productId", order.productId());
        addIfPresent(json, "skuCode", order.skuCode());
        addIfPresent(json, "productName", order.productName());
        if (order.linearValue() != null) {
            json.add("linearValue", order.linearValue());
        }
        addIfPresent(json, "customerId", order.customerId());
        addIfPresent(json, "customerName", order.customerName());
        if (order.extendParams() != null) {
            try {
                json.add("extendParams", JsonText.parseObject(order.extendParams().getBytes(StandardCharsets.UTF_8)));
            } catch (MalformedJsonException stored) {
                json.add("extendParams", order.extendParams());
            }
        }
        return json;
    }

    private static ProvisioningResult result(JsonObject answer) {
        String message = answer.getString("message", null);
        return switch (answer.getString("outcome", "").toUpperCase(Locale.ROOT)) {
            case "DONE" -> ProvisioningResult.done(appInfo(answer));
            case "REFUSED" -> ProvisioningResult.refused(answer.getString("resultCode", null), message);
            default -> ProvisioningResult.retry(message == null ? "the webhook asked to retry" : message);
        };
    }

    private static AppInfo appInfo(JsonObject answer) {
        if (!answer.containsKey("appInfo") || answer.get("appInfo").getValueType() != JsonValue.ValueType.OBJECT) {
            return null;
        }
        JsonObject app = answer.getJsonObject("appInfo");
        return new AppInfo(app.getString("frontEndUrl"), app.getString("adminUrl", null), app.getString("userName", null),
                app.getString("password", null), app.getString("memo", null));
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
