package org.kgconnector.web.saas.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.protocol.legacy.LegacyAesCipher;
import org.kgconnector.protocol.time.ProtocolTime;
import org.kgconnector.saas.instance.boundary.Commands;
import org.kgconnector.web.callback.control.InvalidCallbackException;
import org.kgconnector.web.callback.control.QueryFields;

/**
 * Validates the query parameters of SaaS V1 calls (docs/protocol/saas.md §6) into the same command records as V2, so that a
 * V1 instance lives in the same model and reaches the same provisioner.
 */
public final class SaasV1Commands {

    /** The order-line key of a V1 instance that is not pay-per-use: one instance per order. */
    private static final int ID = 64;
    private static final List<String> DETAIL_FIELDS = List.of("customerId", "customerName", "userId", "userName",
            "skuCode", "trialFlag", "periodType", "periodNumber", "orderAmount", "provisionType", "amount", "diskSize",
            "bandWidth");

    private final QueryFields fields;
    private final boolean test;

    public SaasV1Commands(Map<String, String> parameters) {
        this.fields = new QueryFields(parameters);
        this.test = fields.testFlag();
    }

    public String activity() {
        return fields.required("activity", 20);
    }

    public boolean test() {
        return test;
    }

    /** The {@code instanceId} parameter for the ledger, or null. */
    public String instanceIdForLedger() {
        String id = fields.optional("instanceId", Integer.MAX_VALUE);
        return id == null || id.length() <= ID ? id : id.substring(0, ID);
    }

    /**
     * {@code newInstance}: idempotent per order, or per order and product for pay-per-use
     * ({@code chargingMode=0}); {@code mobilePhone} and {@code email} are decrypted with the legacy key.
     */
    public Commands.NewInstance newInstance(LegacyAesCipher cipher) {
        String orderId = fields.required("orderId", ID);
        String productId = fields.required("productId", ID);
        fields.required("customerId", 100);
        String chargingMode = fields.integer("chargingMode", 3);
        String expireRaw = fields.optional("expireTime", 20);
        Instant expireTime = expireRaw == null ? null : ProtocolTime.parseExpireTime(expireRaw)
                .orElseThrow(() -> new InvalidCallbackException("expireTime must be yyyyMMddHHmmss."));
        String orderLine = Commands.legacyOrderLine(chargingMode, productId);
        Commands.LegacyOrder order = new Commands.LegacyOrder(productId, chargingMode, expireTime, expireRaw,
                details(), contact(cipher));
        return new Commands.NewInstance(orderId, orderLine, fields.required("businessId", ID), test, order);
    }

    /** {@code refreshInstance}: trial to formal, renewal, or (negative amount) renewal cancellation. */
    public Commands.RefreshInstance refreshInstance() {
        String raw = fields.required("expireTime", 20);
        Instant expireTime = ProtocolTime.parseExpireTime(raw)
                .orElseThrow(() -> new InvalidCallbackException("expireTime must be yyyyMMddHHmmss."));
        BigDecimal amount = fields.decimal("orderAmount");
        fields.integer("periodNumber", 2);
        String scene = "1".equals(fields.optional("trialToFormal", 2)) ? "TRIAL_TO_FORMAL"
                : amount != null && amount.signum() < 0 ? "UNSUBSCRIBE_RENEWAL_PERIOD" : "RENEWAL";
        return new Commands.RefreshInstance(fields.required("instanceId", ID), scene, fields.required("orderId", ID),
                null, fields.optional("productId", ID), expireTime, raw, test);
    }

    /** {@code expireInstance}: the period ended, freeze. */
    public Commands.UpdateInstanceStatus expireInstance() {
        fields.required("orderId", ID);
        return new Commands.UpdateInstanceStatus(fields.required("instanceId", ID), Commands.StatusChange.FREEZE, test);
    }

    /** {@code instanceStatus}: {@code FREEZE} or {@code NORMAL} (pay-per-use). */
    public Commands.UpdateInstanceStatus instanceStatus() {
        String status = fields.required("instanceStatus", 32);
        Commands.StatusChange change = switch (status) {
            case "FREEZE" -> Commands.StatusChange.FREEZE;
            case "NORMAL" -> Commands.StatusChange.UNFREEZE;
            default -> throw new InvalidCallbackException("instanceStatus must be FREEZE or NORMAL.");
        };
        return new Commands.UpdateInstanceStatus(fields.required("instanceId", ID), change, test);
    }

    public Commands.ReleaseInstance releaseInstance() {
        fields.decimal("orderAmount");
        return new Commands.ReleaseInstance(fields.required("instanceId", ID), fields.optional("orderId", ID), null, test);
    }

    /** {@code upgrade}: idempotent per (instance, upgrade order). */
    public Commands.UpgradeInstance upgrade() {
        fields.required("productId", ID);
        fields.optional("skuCode", ID);
        return new Commands.UpgradeInstance(fields.required("instanceId", ID), fields.required("orderId", ID),
                Commands.LEGACY_ORDER_LINE, test);
    }

    public Commands.QueryInstance queryInstance() {
        return SaasV2Commands.queryInstance(fields.required("instanceId", SaasV2Commands.QUERY_IDS_LENGTH), test);
    }

    /** The order fields kept with the instance, as JSON; {@code saasExtendParams} decoded from Base64. */
    private String details() {
        JsonObjectBuilder details = JsonText.provider().createObjectBuilder();
        for (String name : DETAIL_FIELDS) {
            String value = fields.optional(name, 128);
            if (value != null) {
                details.add(name, value);
            }
        }
        for (String name : List.of("chargingMode", "periodNumber", "amount", "diskSize", "bandWidth")) {
            fields.integer(name, 7);
        }
        fields.decimal("orderAmount");
        String extend = fields.optional("saasExtendParams", 2048);
        if (extend != null) {
            JsonArray params = extendParams(extend);
            details.add("saasExtendParams", params);
            PlatformParams.find(params).ifPresent(p -> details.add("platformParams", p));
        }
        StringBuilder json = new StringBuilder();
        JsonText.write(details.build(), json);
        return json.toString();
    }

    private static JsonArray extendParams(String base64) {
        try {
            byte[] decoded = Base64.getDecoder().decode(base64.trim());
            String text = new String(decoded, StandardCharsets.UTF_8);
            return JsonText.provider().createReader(new StringReader(text)).readArray();
        } catch (IllegalArgumentException | JsonException | IllegalStateException e) {
            throw new InvalidCallbackException("saasExtendParams is not Base64 of a JSON array.");
        }
    }

    /** The decrypted {@code mobilePhone} and {@code email} as JSON, or null when neither was sent. */
    private String contact(LegacyAesCipher cipher) {
        JsonObjectBuilder contact = JsonText.provider().createObjectBuilder();
        boolean any = false;
        for (String name : List.of("mobilePhone", "email")) {
            String encrypted = fields.optional(name, 1024);
            if (encrypted != null) {
                try {
                    contact.add(name, cipher.decrypt(encrypted));
                } catch (IllegalArgumentException e) {
                    throw new InvalidCallbackException(name + " does not decrypt with the legacy key.");
                }
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        StringBuilder json = new StringBuilder();
        JsonText.write(contact.build(), json);
        return json.toString();
    }
}
