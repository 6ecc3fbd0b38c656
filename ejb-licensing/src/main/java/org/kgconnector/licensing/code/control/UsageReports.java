package org.kgconnector.licensing.code.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.kgconnector.persistence.job.NodeIdentity;
import org.kgconnector.persistence.license.LicenseUsage;
import org.kgconnector.platform.marketplace.MarketplaceAnswer;
import org.kgconnector.platform.marketplace.MarketplaceUnavailable;
import org.kgconnector.protocol.json.JsonText;

/**
 * Sends queued software usage (license.md §1.4.3) from a non-persistent timer on every node: each node claims
 * the entries it sends, and each call carries at most 100 licenses of at most 100 entries. A refused call's
 * entries are given up (visible in the database and the outbound ledger); an unavailable marketplace is retried
 * with back-off.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UsageReports {

    @Inject
    UsageStore store;

    @Inject
    LicenseApi api;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "license usage reports")
    public void send() {
        List<LicenseUsage> claimed = store.claim(NodeIdentity.name() + "/" + UUID.randomUUID());
        for (List<LicenseUsage> call : calls(claimed)) {
            sendOne(call);
        }
    }

    /**
     * Groups entries by license into calls of at most 100 licenses × 100 entries; a license with more entries
     * appears in several calls, never twice in one.
     */
    static List<List<LicenseUsage>> calls(List<LicenseUsage> entries) {
        Map<String, List<List<LicenseUsage>>> byLicense = new LinkedHashMap<>();
        for (LicenseUsage entry : entries) {
            List<List<LicenseUsage>> chunks = byLicense.computeIfAbsent(entry.getLicense(), l -> new ArrayList<>());
            if (chunks.isEmpty() || chunks.get(chunks.size() - 1).size() == LicenseApi.BATCH) {
                chunks.add(new ArrayList<>());
            }
            chunks.get(chunks.size() - 1).add(entry);
        }
        List<List<LicenseUsage>> calls = new ArrayList<>();
        for (int round = 0; ; round++) {
            List<LicenseUsage> current = new ArrayList<>();
            int licensesInCall = 0;
            boolean any = false;
            for (List<List<LicenseUsage>> chunks : byLicense.values()) {
                if (chunks.size() <= round) {
                    continue;
                }
                any = true;
                if (licensesInCall == LicenseApi.BATCH) {
                    calls.add(current);
                    current = new ArrayList<>();
                    licensesInCall = 0;
                }
                current.addAll(chunks.get(round));
                licensesInCall++;
            }
            if (!current.isEmpty()) {
                calls.add(current);
            }
            if (!any) {
                return calls;
            }
        }
    }

    private void sendOne(List<LicenseUsage> entries) {
        List<Long> ids = entries.stream().map(LicenseUsage::getId).toList();
        try {
            MarketplaceAnswer answer = api.reportUsage(body(entries), entries.size() + " usage entries");
            if (answer.success()) {
                store.sent(ids);
            } else {
                store.failed(ids, "usage refused: " + answer.describe(), false);
            }
        } catch (MarketplaceUnavailable down) {
            store.failed(ids, down.getMessage(), true);
        }
    }

    private static jakarta.json.JsonObject body(List<LicenseUsage> entries) {
        Map<String, JsonArrayBuilder> byLicense = new LinkedHashMap<>();
        JsonArrayBuilder usageInfo = JsonText.provider().createArrayBuilder();
        for (LicenseUsage entry : entries) {
            String license = entry.getLicense();
            JsonArrayBuilder list = byLicense.computeIfAbsent(license, l -> JsonText.provider().createArrayBuilder());
            JsonObjectBuilder item = JsonText.provider().createObjectBuilder();
            if (entry.getClientId() != null) {
                item.add("id", entry.getClientId());
            } else {
                item.add("active_num", entry.getActiveNum());
            }
            list.add(item);
        }
        byLicense.forEach((license, list) -> usageInfo.add(JsonText.provider().createObjectBuilder()
                .add("license", license).add("software_usage_Info", list)));
        return JsonText.provider().createObjectBuilder().add("usage_info", usageInfo).build();
    }
}
