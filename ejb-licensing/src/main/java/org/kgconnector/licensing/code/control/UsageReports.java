package org.kgconnector.licensing.code.control;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
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
import java.util.Set;
import org.kgconnector.persistence.license.LicenseUsage;
import org.kgconnector.platform.marketplace.MarketplaceAnswer;
import org.kgconnector.platform.marketplace.MarketplaceUnavailable;
import org.kgconnector.platform.work.DurableWork;
import org.kgconnector.platform.work.WorkLeases;
import org.kgconnector.platform.work.WorkOutcome;
import org.kgconnector.protocol.json.JsonText;

/**
 * Sends queued software usage (docs/protocol/license.md §1.4.3) as the handler of the platform's durable work
 * (its one timer on every node): each node claims the entries it sends, and each call carries at most 100 licenses
 * of at most 100 entries, under a lease of its own that only its holder may finish. A refused call's
 * entries are given up (visible in the database and the outbound ledger); an unavailable marketplace is retried
 * with back-off.
 */
@Stateless
@LocalBean
@Local(DurableWork.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UsageReports implements DurableWork {

    @Inject
    UsageStore store;

    @Inject
    LicenseApi api;

    /**
     * Claims the due entries, then sends them call by call, each call under a lease of its own taken just before it
     * leaves: a long round never sends entries whose claim has run out and been taken by another node.
     */
    @Override
    public void runDue() {
        String claimant = WorkLeases.newOwner();
        for (List<LicenseUsage> call : calls(store.claim(claimant))) {
            String owner = WorkLeases.newOwner();
            Set<Long> held = Set.copyOf(store.leaseForOneCall(call.stream().map(LicenseUsage::getId).toList(), claimant,
                    owner));
            List<LicenseUsage> stillOurs = call.stream().filter(e -> held.contains(e.getId())).toList();
            if (!stillOurs.isEmpty()) {
                sendOne(stillOurs, owner);
            }
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

    private void sendOne(List<LicenseUsage> entries, String owner) {
        List<Long> ids = entries.stream().map(LicenseUsage::getId).toList();
        try {
            MarketplaceAnswer answer = api.reportUsage(body(entries), entries.size() + " usage entries");
            if (answer.success()) {
                store.finish(ids, owner, WorkOutcome.done());
            } else {
                store.finish(ids, owner, WorkOutcome.giveUp("usage refused: " + answer.describe()));
            }
        } catch (MarketplaceUnavailable down) {
            store.finish(ids, owner, WorkOutcome.retry(down.getMessage()));
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
