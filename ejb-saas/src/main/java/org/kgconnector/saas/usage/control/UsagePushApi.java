package org.kgconnector.saas.usage.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.kgconnector.persistence.usage.UsageRecord;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.platform.marketplace.MarketplaceAnswer;
import org.kgconnector.platform.marketplace.MarketplaceClient;
import org.kgconnector.protocol.json.CanonicalJson;
import org.kgconnector.protocol.signature.UsagePushSignature;
import org.kgconnector.protocol.time.ProtocolTime;

/**
 * The usage push APIs (docs/protocol/openapi.md §5, §6): the new one signed with the first {@code base} key over the body
 * exactly as sent (keys sorted at every level, every value a string) and with the AK/SK, the old one for legacy
 * products with the AK/SK alone and the product id instead of a {@code metering_sn}.
 */
@ApplicationScoped
public class UsagePushApi {

    static final String NEW_PATH = "/api/mkp-openapi-public/global/v1/isv/usage-data";
    static final String OLD_PATH = "/rest/marketplace/v1/isv/usage-data";

    @Inject
    MarketplaceClient marketplace;

    @Inject
    ConnectorSettings settings;

    /** The answer, and the {@code metering_sn} of records the answer calls abnormal. */
    public record Pushed(MarketplaceAnswer answer, Set<String> abnormal) {
    }

    public Pushed push(List<UsageRecord> records, boolean oldApi) {
        String body = body(records, oldApi);
        String subject = records.size() + " usage records";
        if (oldApi) {
            return pushed(marketplace.call(MarketplaceClient.postJson("usage.push.old", subject, OLD_PATH, body)));
        }
        String key = settings.keys("base").stream().findFirst().orElseThrow(() -> new IllegalStateException(
                "koogallery.keys.base is not set: the usage push cannot be signed"));
        return pushed(marketplace.call(MarketplaceClient.postJson("usage.push", subject, NEW_PATH, body,
                () -> signatureHeaders(key, body))));
    }

    /** {@code signature}, {@code ts} and {@code nonce} for one request: a new nonce and time for every attempt. */
    static Map<String, String> signatureHeaders(String key, String body) {
        String ts = Long.toString(Instant.now().toEpochMilli());
        String nonce = UUID.randomUUID().toString();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("signature", UsagePushSignature.sign(key, ts, nonce, body));
        headers.put("ts", ts);
        headers.put("nonce", nonce);
        return headers;
    }

    static String body(List<UsageRecord> records, boolean oldApi) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (UsageRecord r : records) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("instance_id", r.getInstanceId());
            item.put("record_time", ProtocolTime.formatCompactIso(r.getRecordTime()));
            item.put("begin_time", ProtocolTime.formatCompactIso(r.getPeriodStart()));
            item.put("end_time", ProtocolTime.formatCompactIso(r.getPeriodStart().plus(Duration.ofHours(1))));
            item.put("usage_value", r.getUsageValue().stripTrailingZeros().toPlainString());
            item.put("relate_pkg_instance", r.getPackageInstanceId());
            if (oldApi) {
                item.put("product_id", r.getProductId());
            } else {
                item.put("metering_sn", r.getMeteringSn());
            }
            list.add(item);
        }
        return CanonicalJson.deepSortedStrings(Map.of("usage_records", list));
    }


    /** Reads the abnormal records of an answer wherever the list is ({@code extra_info} or the top level). */
    private static Pushed pushed(MarketplaceAnswer answer) {
        Set<String> abnormal = new HashSet<>();
        collect(answer.body(), abnormal);
        return new Pushed(answer, abnormal);
    }

    private static void collect(JsonValue node, Set<String> abnormal) {
        if (node instanceof JsonObject object) {
            object.forEach((name, value) -> {
                if (name.equals("abnormal_usage_data") && value instanceof JsonArray list) {
                    list.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                            .map(o -> o.getString("metering_sn", null)).filter(java.util.Objects::nonNull)
                            .forEach(abnormal::add);
                } else {
                    collect(value, abnormal);
                }
            });
        }
    }
}
