package org.kgconnector.systemtest.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.SAAS;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.unique;
import static org.kgconnector.testsupport.Marketplace.body;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kgconnector.systemtest.ConnectorServer;
import org.kgconnector.testsupport.Answer;
import org.kgconnector.testsupport.Eventually;
import org.kgconnector.testsupport.Marketplace;

/** Usage: ingestion once per event id, hourly records with deterministic metering_sn, pushes, retries, dead letters. */
abstract class UsageScenarios extends DoubleBackedScenarios {




    @Test
    void eachEventIsCountedOnceAndBadEventsAreRejectedWithTheirReason() {
        String instanceId = payPerUseInstance();
        Instant hour = hoursAgo(3);
        String a = unique("ev-");
        String b = unique("ev-");
        Answer first = report(event(a, instanceId, "2.5", hour.plusSeconds(60)), event(b, instanceId, "1", hour),
                event(a, instanceId, "2.5", hour.plusSeconds(60)), event(unique("ev-"), "NO-SUCH-INSTANCE", "1", hour),
                event(unique("ev-"), instanceId, "0", hour), event(unique("ev-"), instanceId, "1",
                        Instant.now().minus(22, ChronoUnit.DAYS)), event(unique("ev-"), instanceId, "1",
                        Instant.now().plus(1, ChronoUnit.HOURS)), "{\"id\":\"bad-time\",\"instanceId\":\"" + instanceId
                        + "\",\"quantity\":1,\"time\":\"yesterday\"}");
        assertEquals(200, first.status(), first::toString);
        JsonObject receipt = first.json();
        assertEquals(2, receipt.getInt("accepted"));
        assertEquals(1, receipt.getInt("duplicates"));
        assertEquals(List.of("unknown instance", "quantity must be greater than 0", "time is older than 21 days",
                "time is in the future"), receipt.getJsonArray("rejected").stream().skip(1)
                .map(r -> r.asJsonObject().getString("reason")).toList());
        assertEquals("bad-time", receipt.getJsonArray("rejected").getJsonObject(0).getString("id"));
        Answer again = report(event(a, instanceId, "2.5", hour.plusSeconds(60)), event(b, instanceId, "1", hour));
        assertEquals(0, again.json().getInt("accepted"));
        assertEquals(2, again.json().getInt("duplicates"));
        assertEquals(2, db.count("SELECT COUNT(*) FROM usage_event WHERE instance_id = ?", instanceId));

        assertEquals(401, marketplace.vendorApi(USAGE, null, "{\"events\":[]}").status());
        assertEquals(400, marketplace.vendorApi(USAGE, ConnectorServer.API_TOKEN, "{\"events\":[]}").status());
    }

    @Test
    void hoursCloseIntoRecordsAndLateEventsBecomeDeltas() {
        String instanceId = payPerUseInstance();
        Instant hour = hoursAgo(2);
        report(event(unique("ev-"), instanceId, "1.25", hour), event(unique("ev-"), instanceId, "2", hour.plusSeconds(3599)),
                event(unique("ev-"), instanceId, "4", hour.minusMillis(1)),
                event(unique("ev-"), instanceId, "7", Instant.now()));
        awaitPushed(instanceId, 2);
        List<String> records = db.column("SELECT metering_sn"
                + " FROM usage_record WHERE instance_id = ? ORDER BY period_start", instanceId);
        assertEquals(2, records.size(), records::toString);
        String onTime = db.text("SELECT metering_sn FROM usage_record WHERE instance_id = ? AND usage_value = 3.25"
                + " AND sequence_no = 0", instanceId);
        assertEquals(64, onTime.length());
        assertEquals(List.of(instanceId + "|" + compact(hour) + "|3.25"), mkt.usageBySn().get(onTime),
                "the hour's events summed once, pushed once");
        assertEquals(1, db.count("SELECT COUNT(*) FROM usage_record WHERE instance_id = ? AND usage_value = 4",
                instanceId), "an event a millisecond before the hour belongs to the hour before");
        assertEquals(1, db.count("SELECT COUNT(*) FROM usage_event WHERE instance_id = ? AND record_sn IS NULL",
                instanceId), "the current hour is not closed yet");

        report(event(unique("ev-"), instanceId, "0.5", hour.plusSeconds(1800)));
        awaitPushed(instanceId, 3);
        String delta = db.text("SELECT metering_sn FROM usage_record WHERE instance_id = ? AND sequence_no = 1", instanceId);
        assertEquals(List.of(instanceId + "|" + compact(hour) + "|0.5"), mkt.usageBySn().get(delta));
        assertEquals(List.of(instanceId + "|" + compact(hour) + "|3.25"), mkt.usageBySn().get(onTime),
                "a pushed record never changes");
    }

    @Test
    void pushesAreBatchedSignedAndRetriedWithTheSameRecords() {
        String instanceId = payPerUseInstance();
        List<String> events = new ArrayList<>();
        for (int h = 2; h < 252; h++) {
            events.add(event(unique("ev-"), instanceId, "1", hoursAgo(h)));
        }
        mkt.failUsagePushes(3);
        report(events.toArray(String[]::new));
        awaitPushed(instanceId, 250);
        List<String> bodies = db.column("SELECT request_body FROM outbound_call WHERE api = 'usage.push' AND outcome ="
                + " 'SUCCESS' AND request_body LIKE ?", "%" + instanceId + "%");
        assertEquals(3, bodies.size(), "250 records in calls of at most 100");
        assertTrue(bodies.stream().allMatch(b -> b.startsWith("{\"usage_records\":[{\"begin_time\":\"")), bodies.get(0));
        long distinct = db.count("SELECT COUNT(DISTINCT metering_sn) FROM usage_record WHERE instance_id = ?", instanceId);
        assertEquals(250, distinct);
        assertTrue(db.count("SELECT COUNT(*) FROM usage_record WHERE instance_id = ? AND attempts = 2", instanceId) >= 1,
                "the batch that met the failures went again after a back-off");
        mkt.usageBySn().forEach((sn, values) -> assertEquals(1, values.size(), "one push of " + sn));
    }

    @Test
    void aRetriedPushIsSignedAfreshSoEveryRecordArrivesOnceUnchanged() {
        String instanceId = payPerUseInstance();
        List<String> events = new ArrayList<>();
        for (int h = 2; h < 12; h++) {
            events.add(event(unique("ev-"), instanceId, h + ".5", hoursAgo(h)));
        }
        int replays = mkt.replays();
        int stale = mkt.staleRequests();
        mkt.failUsagePushes(2);
        report(events.toArray(String[]::new));
        awaitPushed(instanceId, 10);
        assertEquals(replays, mkt.replays(), "no attempt reused the nonce of an earlier one");
        assertEquals(stale, mkt.staleRequests(), "every attempt carried a current ts and X-Sdk-Date");
        assertEquals(2, db.count("SELECT COUNT(*) FROM outbound_call WHERE api = 'usage.push' AND outcome = 'UNAVAILABLE'"
                + " AND request_body LIKE ?", "%" + instanceId + "%"), "the two failures met the first two attempts");
        assertEquals(10, db.count("SELECT COUNT(*) FROM usage_record WHERE instance_id = ? AND attempts = 1",
                instanceId), "the third attempt of the same call delivered them; no back-off, no dead letter");
        for (String sn : db.column("SELECT metering_sn FROM usage_record WHERE instance_id = ?", instanceId)) {
            String value = db.text("SELECT CAST(usage_value AS VARCHAR(40)) FROM usage_record WHERE metering_sn = ?", sn);
            List<String> received = mkt.usageBySn().get(sn);
            assertEquals(1, received.size(), "one delivery of " + sn);
            assertEquals(new java.math.BigDecimal(value).stripTrailingZeros().toPlainString(),
                    received.get(0).substring(received.get(0).lastIndexOf('|') + 1), "the value of " + sn);
        }
    }

    @Test
    void aRefusalAfterAnAttemptThatMayHaveArrivedIsPushedAgainRatherThanDeadLettered() {
        String instanceId = payPerUseInstance();
        mkt.failUsagePushes(1);
        mkt.refuseNextUsagePush("MKT.0199");
        report(event(unique("ev-"), instanceId, "4", hoursAgo(2)));
        awaitPushed(instanceId, 1);
        assertEquals(1, db.count("SELECT COUNT(*) FROM outbound_call WHERE api = 'usage.push' AND outcome = 'REJECTED'"
                + " AND request_body LIKE ? AND answer_body LIKE '%MKT.0199%'", "%" + instanceId + "%"),
                "the refusal that followed the failed attempt");
        assertEquals(1, db.count("SELECT COUNT(*) FROM usage_record WHERE instance_id = ? AND attempts = 2"
                + " AND state = 'DONE'", instanceId), "went again after a back-off instead of becoming a dead letter");
        String sn = db.text("SELECT metering_sn FROM usage_record WHERE instance_id = ?", instanceId);
        assertEquals(List.of(instanceId + "|" + compact(hoursAgo(2)) + "|4"), mkt.usageBySn().get(sn));
    }

    @Test
    void refusedAndAbnormalRecordsBecomeDeadLettersThatAnOperatorCanPushAgain() throws Exception {
        String refusedInstance = payPerUseInstance();
        mkt.refuseUsage("MKT.9002");
        report(event(unique("ev-"), refusedInstance, "3", hoursAgo(2)));
        Eventually.until("a dead letter", TIMERS, () -> db.count("SELECT COUNT(*) FROM usage_record WHERE instance_id = ?"
                + " AND state = 'FAILED' AND last_error LIKE 'usage refused: MKT.9002%'", refusedInstance) == 1);
        mkt.refuseUsage(null);
        String listed = admin("GET", "koogallery/admin/usage-records?state=FAILED");
        assertTrue(listed.contains(refusedInstance) && listed.contains("MKT.9002"), listed);
        String id = db.text("SELECT CAST(id AS VARCHAR(20)) FROM usage_record WHERE instance_id = ?", refusedInstance);
        admin("POST", "koogallery/admin/usage-records/" + id + "/repush");
        awaitPushed(refusedInstance, 1);

        String abnormal = payPerUseInstance();
        mkt.abnormalUsageOf(abnormal);
        report(event(unique("ev-"), abnormal, "1", hoursAgo(2)));
        Eventually.until("an abnormal record", TIMERS, () -> db.count("SELECT COUNT(*) FROM usage_record WHERE"
                + " instance_id = ? AND state = 'FAILED' AND last_error LIKE '%abnormal%'", abnormal) == 1);

        String old = payPerUseInstance();
        report(event(unique("ev-"), old, "1", Instant.now().minus(21, ChronoUnit.DAYS).plusSeconds(2)));
        Eventually.until("a record past the 21-day limit", TIMERS, () -> db.count("SELECT COUNT(*) FROM usage_record"
                + " WHERE instance_id = ? AND state = 'FAILED' AND last_error LIKE '%21 days%'", old) == 1);
        assertEquals(0, db.count("SELECT COUNT(*) FROM outbound_call WHERE api = 'usage.push' AND request_body LIKE ?",
                "%" + old + "%"), "never sent");
    }

    @Test
    void aLegacyProductPushesWithTheOldApi() {
        String order = unique("V1OD");
        String instanceId = order + "-b";
        Map<String, String> p = new java.util.LinkedHashMap<>();
        p.put("activity", "newInstance");
        p.put("businessId", instanceId);
        p.put("customerId", "c1");
        p.put("orderId", order);
        p.put("productId", "00301-OD");
        p.put("chargingMode", "0");
        assertEquals("000000", marketplace.callV1(SAAS, p, Marketplace.LEGACY_KEY).resultCode());
        report(event(unique("ev-"), instanceId, "9", hoursAgo(2)));
        awaitPushed(instanceId, 1);
        assertTrue(mkt.oldUsage().stream().anyMatch(r -> r.getString("instance_id").equals(instanceId)
                && r.getString("product_id").equals("00301-OD") && r.getString("usage_value").equals("9")
                && !r.containsKey("metering_sn")), mkt.oldUsage().toString());
    }

    String admin(String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(server().baseUri().resolve(path))
                .header("Authorization", ConnectorServer.asOperator())
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
        return response.body();
    }

    static String compact(Instant t) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC)
                .format(t);
    }
}
