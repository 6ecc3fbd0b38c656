package org.kgconnector.web.saas.control;

import static org.kgconnector.web.callback.control.JsonFields.optional;
import static org.kgconnector.web.callback.control.JsonFields.rawJson;
import static org.kgconnector.web.callback.control.JsonFields.required;
import static org.kgconnector.web.callback.control.JsonFields.testFlag;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import org.kgconnector.protocol.time.ProtocolTime;
import org.kgconnector.saas.instance.boundary.Commands;
import org.kgconnector.web.callback.control.InvalidCallbackException;

/** Validates SaaS V2 bodies field by field (docs/protocol/saas.md §5) into command records. */
public final class SaasV2Commands {

    static final int ID = 64;
    static final int MAX_QUERY_IDS = 100;
    static final int QUERY_IDS_LENGTH = ID * MAX_QUERY_IDS + MAX_QUERY_IDS;

    private SaasV2Commands() {
    }

    public static String activity(JsonObject body) {
        return required(body, "activity", 32);
    }

    /**
     * {@code newInstance}; a WeLink product's {@code platformParams} (docs/protocol/kit.md §5.6) is read from an extension list
     * ({@code extendParams} or {@code saasExtendParams}, as an array of name/value entries) when one is sent.
     */
    public static Commands.NewInstance newInstance(JsonObject body) {
        String platform = null;
        for (String field : new String[] {"extendParams", "saasExtendParams"}) {
            if (body.containsKey(field) && body.get(field).getValueType() == JsonValue.ValueType.ARRAY) {
                platform = PlatformParams.find(body.getJsonArray(field)).map(p -> "{\"platformParams\":" + p + "}")
                        .orElse(platform);
            }
        }
        return new Commands.NewInstance(required(body, "orderId", ID), required(body, "orderLineId", ID),
                required(body, "businessId", ID), testFlag(body), null, platform);
    }

    public static Commands.QueryInstance queryInstance(JsonObject body) {
        return queryInstance(required(body, "instanceId", QUERY_IDS_LENGTH), testFlag(body));
    }

    /** Up to 100 comma-separated ids, counted as sent (repeats too), then duplicates folded (V1 and V2 alike). */
    static Commands.QueryInstance queryInstance(String ids, boolean test) {
        String[] entries = ids.split(",", -1);
        if (entries.length > MAX_QUERY_IDS) {
            throw new InvalidCallbackException("instanceId holds more than " + MAX_QUERY_IDS + " ids.");
        }
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (String id : entries) {
            String trimmed = id.trim();
            if (trimmed.isEmpty() || trimmed.length() > ID) {
                throw new InvalidCallbackException("instanceId holds an empty or over-long id.");
            }
            unique.add(trimmed);
        }
        return new Commands.QueryInstance(new ArrayList<>(unique), test);
    }

    public static Commands.RefreshInstance refreshInstance(JsonObject body) {
        String raw = required(body, "expireTime", 20);
        Instant expireTime = ProtocolTime.parseExpireTime(raw)
                .orElseThrow(() -> new InvalidCallbackException("expireTime must be yyyyMMddHHmmss or yyyyMMddHHmmssSSS."));
        return new Commands.RefreshInstance(required(body, "instanceId", ID), required(body, "scene", 64),
                required(body, "orderId", ID), required(body, "orderLineId", ID), optional(body, "productId", ID),
                expireTime, raw, testFlag(body));
    }

    public static Commands.UpdateInstanceStatus updateInstanceStatus(JsonObject body) {
        String status = required(body, "status", 32);
        Commands.StatusChange change;
        try {
            change = Commands.StatusChange.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidCallbackException("status must be FREEZE or UNFREEZE.");
        }
        return new Commands.UpdateInstanceStatus(required(body, "instanceId", ID), change, testFlag(body));
    }

    public static Commands.ReleaseInstance releaseInstance(JsonObject body) {
        return new Commands.ReleaseInstance(required(body, "instanceId", ID), optional(body, "orderId", ID),
                optional(body, "orderLineId", ID), testFlag(body));
    }

    public static Commands.UpgradeInstance upgradeInstance(JsonObject body) {
        return new Commands.UpgradeInstance(required(body, "instanceId", ID), required(body, "orderId", ID),
                required(body, "orderLineId", ID), testFlag(body));
    }

    public static Commands.ChangeInstanceCheck changeInstanceCheck(JsonObject body) {
        String productInfo = rawJson(body, "productInfo");
        if (productInfo == null) {
            throw new InvalidCallbackException("productInfo is missing.");
        }
        return new Commands.ChangeInstanceCheck(required(body, "instanceId", ID), productInfo, testFlag(body));
    }

    /** The instance ids a body names, for the ledger; never throws. */
    public static String instanceIdForLedger(JsonObject body) {
        try {
            String id = optional(body, "instanceId", Integer.MAX_VALUE);
            return id == null ? null : id.length() > ID ? id.substring(0, ID) : id;
        } catch (InvalidCallbackException notAString) {
            return null;
        }
    }
}
