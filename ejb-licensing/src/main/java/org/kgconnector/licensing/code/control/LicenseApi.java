package org.kgconnector.licensing.code.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import org.kgconnector.platform.marketplace.MarketplaceAnswer;
import org.kgconnector.platform.marketplace.MarketplaceClient;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.protocol.json.MalformedJsonException;
import org.kgconnector.protocol.time.ProtocolTime;

/** The license-code open APIs of docs/protocol/license.md §1.4: activate (v1, v2 batch), query (v1) and software usage (v2). */
@ApplicationScoped
public class LicenseApi {

    static final String BASE = "/api/mkp-openapi-public/global/";
    static final String ACTIVATE_V1 = BASE + "v1/license/activate";
    static final String ACTIVATE_V2 = BASE + "v2/license/activate";
    static final String QUERY_V1 = BASE + "v1/license/heartbeat";
    static final String USAGE_V2 = BASE + "v2/license/software-usage-info";
    /** Codes per v2 activation and licenses (and entries per license) per usage call. */
    public static final int BATCH = 100;

    @Inject
    MarketplaceClient marketplace;

    /** The result of a query: the verdict, and the code's details when it succeeded. */
    public record Queried(Verdict verdict, CodeQuery details, String describe) {
    }

    public Verdict activate(String license, String realEffectTime) {
        JsonObjectBuilder body = JsonText.provider().createObjectBuilder().add("license", license);
        if (realEffectTime != null) {
            body.add("real_effect_time", realEffectTime);
        }
        return verdict(marketplace.call(MarketplaceClient.postJson("license.activate", license, ACTIVATE_V1,
                JsonText.toAsciiJson(body.build()))));
    }

    public Verdict activateBatch(List<String> licenses, String realEffectTime) {
        JsonArrayBuilder list = JsonText.provider().createArrayBuilder();
        licenses.forEach(list::add);
        JsonObjectBuilder body = JsonText.provider().createObjectBuilder().add("license_list", list);
        if (realEffectTime != null) {
            body.add("real_effect_time", realEffectTime);
        }
        return verdict(marketplace.call(MarketplaceClient.postJson("license.activate.batch", licenses.size() + " codes",
                ACTIVATE_V2, JsonText.toAsciiJson(body.build()))));
    }

    public Queried query(String license) {
        String body = JsonText.toAsciiJson(JsonText.provider().createObjectBuilder().add("license", license).build());
        MarketplaceAnswer answer = marketplace.call(MarketplaceClient.postJson("license.query", license, QUERY_V1, body));
        Verdict verdict = verdict(answer);
        if (verdict != Verdict.ACTIVATED || !(answer.body().get("data") instanceof JsonObject data)) {
            return new Queried(verdict == Verdict.ACTIVATED ? Verdict.MARKETPLACE_ERROR : verdict, null, answer.describe());
        }
        String expireRaw = first(data, "expire_time", "expireTime");
        return new Queried(verdict, new CodeQuery(first(data, "status"), time(first(data, "activate_time", "activateTime")),
                time(expireRaw), expireRaw, first(data, "order_id", "orderId"), first(data, "product_id", "productId"),
                amount(first(data, "amount"))), answer.describe());
    }

    /** Sends one usage call ({@code usage_info}, at most 100 licenses of at most 100 entries). */
    public MarketplaceAnswer reportUsage(JsonObject usageInfo, String subject) {
        return marketplace.call(MarketplaceClient.postJson("license.usage", subject, USAGE_V2, JsonText.toAsciiJson(usageInfo)));
    }

    private static Verdict verdict(MarketplaceAnswer answer) {
        return answer.success() ? Verdict.ACTIVATED : Verdict.of(answer.code());
    }

    /** A time as the license APIs send it: {@code yyyyMMddHHmmss} (UTC), with or without milliseconds. */
    private static Instant time(String raw) {
        return raw == null ? null : ProtocolTime.parseExpireTime(raw).orElse(null);
    }

    private static Integer amount(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The first of the named members present, as text; a member holding a JSON string is read inside too. */
    static String first(JsonObject data, String... names) {
        for (String name : names) {
            JsonValue value = data.get(name);
            if (value instanceof JsonString s && !s.getString().isEmpty()) {
                return s.getString();
            }
            if (value instanceof JsonNumber n) {
                return n.toString();
            }
        }
        if (data.get("license_code_info") instanceof JsonString info) {
            try {
                return first(JsonText.parseObject(info.getString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), names);
            } catch (MalformedJsonException notJson) {
                return null;
            }
        }
        return null;
    }
}
