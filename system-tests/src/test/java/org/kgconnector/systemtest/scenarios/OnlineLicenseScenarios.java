package org.kgconnector.systemtest.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.assertSigned;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.unique;
import static org.kgconnector.testsupport.Marketplace.body;

import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kgconnector.testsupport.Answer;
import org.kgconnector.testsupport.Concurrently;
import org.kgconnector.testsupport.Eventually;
import org.kgconnector.testsupport.MarketplaceDouble;

/** Online License: instances, their orders fetched afterwards, licenses issued and uploaded per device. */
abstract class OnlineLicenseScenarios extends DoubleBackedScenarios {

    static final String LICENSE = "koogallery/license";


    Answer newInstance(String order, String businessId) {
        return marketplace.call(LICENSE, body("activity", "newInstance", "orderId", order, "orderLineId", order + "-000001",
                "businessId", businessId));
    }

    Answer apply(String instanceId, String eventId, String fingerprint, String expireTime) {
        return marketplace.call(LICENSE, fingerprint == null
                ? body("activity", "getLicenseAsync", "instanceId", instanceId, "eventId", eventId, "effectiveTime",
                        "2026-11-22 10:30:15 z", "expireTime", expireTime)
                : expireTime == null
                ? body("activity", "getLicenseAsync", "instanceId", instanceId, "eventId", eventId, "effectiveTime",
                        "2026-11-22 10:30:15 z", "deviceFingerprint", fingerprint)
                : body("activity", "getLicenseAsync", "instanceId", instanceId, "eventId", eventId, "effectiveTime",
                        "2026-11-22 10:30:15 z", "expireTime", expireTime, "deviceFingerprint", fingerprint));
    }

    /** An instance whose order has been fetched: a yearly line of quantity {@code devices}, expiring in a year. */
    String orderedInstance(int devices) {
        String order = unique("CSL");
        mkt.order(order, order + "-000001", "PERIOD", devices, Instant.now().plus(365, ChronoUnit.DAYS));
        String instanceId = unique("RA");
        assertSigned(newInstance(order, instanceId), "000000");
        Eventually.until("the order of " + order + " fetched", Duration.ofSeconds(20), () -> db.count(
                "SELECT COUNT(*) FROM license_instance WHERE instance_id = ? AND amount = ?", instanceId, devices) == 1);
        return instanceId;
    }

    @Test
    void newInstanceAnswersAtOnceAndTheOrderIsFetchedAfterwards() throws Exception {
        String order = "MOCKPERIODYEARNEW";
        String line = unique("MOCKPERIODYEARNEW-");
        mkt.order(order, line, "PERIOD", 50, Instant.parse("2025-11-21T15:59:59Z"));
        String instanceId = unique("RA");
        Answer created = assertSigned(marketplace.call(LICENSE, body("activity", "newInstance", "orderId", order,
                "orderLineId", line, "businessId", instanceId)), "000000");
        assertEquals(instanceId, created.json().getString("instanceId"));
        List<Answer> retries = Concurrently.call(10, i -> marketplace.call(LICENSE, body("activity", "newInstance",
                "orderId", order, "orderLineId", line, "businessId", unique("B"))));
        retries.forEach(a -> assertEquals(instanceId, assertSigned(a, "000000").json().getString("instanceId")));
        assertEquals(1, db.count("SELECT COUNT(*) FROM license_instance WHERE order_line_id = ?", line));
        Eventually.until("the order fetched", Duration.ofSeconds(20), () -> db.count(
                "SELECT COUNT(*) FROM marketplace_order WHERE order_id = ? AND order_line_id = ?", order, line) == 1);
        assertEquals("PERIOD|year|50|0a4d1578-5295-46a7-92d4-7c803dccc51d|459bbbec25d24749b2eb83be37b602a8",
                db.text("SELECT charging_mode || '|' || period_type || '|' || linear_value || '|' || sku_code || '|'"
                        + " || customer_id FROM marketplace_order WHERE order_line_id = ?", line));
        assertEquals("50|20251121155959", db.text("SELECT amount || '|' || expire_time_raw FROM license_instance"
                + " WHERE instance_id = ?", instanceId));
        assertEquals(1, db.count("SELECT COUNT(*) FROM outbound_job WHERE kind = 'FETCH_ORDER' AND subject_line = ?"
                + " AND state = 'DONE'", line));
        String ledger = db.text("SELECT answer_body FROM outbound_call WHERE api = 'order.query' AND subject = ?"
                + " ORDER BY id DESC LIMIT 1", order);
        assertTrue(ledger.contains("\"mobilePhone\":\"***\"") && !ledger.contains("18688888888"), ledger);
    }

    @Test
    void anOrderTheMarketplaceDoesNotKnowIsGivenUpAndADownMarketplaceOnlyDelaysIt() {
        String unknown = unique("NOSUCH");
        assertSigned(newInstance(unknown, unique("RA")), "000000");
        Eventually.until("the unknown order given up", Duration.ofSeconds(20), () -> db.count(
                "SELECT COUNT(*) FROM outbound_job WHERE subject = ? AND state = 'FAILED' AND last_error LIKE"
                        + " 'order query refused: MKT.0100%'", unknown) == 1);

        mkt.down(true);
        String later = unique("CSD");
        assertSigned(newInstance(later, unique("RA")), "000000");
        Eventually.until("a failed attempt while the marketplace is down", Duration.ofSeconds(20), () -> db.count(
                "SELECT COUNT(*) FROM outbound_job WHERE subject = ? AND state = 'PENDING' AND attempts >= 1", later) == 1);
        mkt.down(false);
        Eventually.until("the order fetched once the marketplace is back", Duration.ofSeconds(30), () -> db.count(
                "SELECT COUNT(*) FROM marketplace_order WHERE order_id = ?", later) == 1);
    }

    @Test
    void aLicenseIsIssuedOncePerEventAndDeviceAndUploaded() throws Exception {
        String instanceId = orderedInstance(2);
        String eventId = unique("EV");
        String expire = "2027-01-01 00:00:00 z";
        List<Answer> answers = Concurrently.call(8, i -> apply(instanceId, eventId, "aa:bb:cc|disk1|mb1|cpu1", expire));
        answers.forEach(a -> assertSigned(a, "000000"));
        assertEquals(1, db.count("SELECT COUNT(*) FROM license_grant WHERE event_id = ?", eventId));
        List<MarketplaceDouble.Upload> uploads = mkt.uploads(eventId);
        assertEquals(1, uploads.size(), "one upload for the event");
        JsonObject request = uploads.get(0).request();
        assertEquals("CHARACTERS", request.getString("type"));
        String license = request.getString("characters");
        assertTrue(license.length() <= 1024);
        JsonObject claims = verified(license);
        assertEquals(instanceId, claims.getString("sub"));
        assertEquals("AA:BB:CC|DISK1|MB1|CPU1", claims.getString("fp"));
        assertEquals(Instant.parse("2027-01-01T00:00:00Z").getEpochSecond(), claims.getJsonNumber("exp").longValue());
        assertEquals(license, db.text("SELECT license_content FROM license_grant WHERE event_id = ?", eventId));

        assertSigned(apply(instanceId, eventId, "AA:BB:CC|DISK1|MB1|CPU1", expire), "000000");
        assertEquals(1, mkt.uploads(eventId).size(), "a retried application gets the license uploaded before");
        assertSigned(apply(instanceId, unique("EV"), "dev-2", expire), "000000");
        assertSigned(apply(instanceId, unique("EV"), "dev-3", expire), "000900");
        assertSigned(apply(instanceId, unique("EV"), "dev-2", expire), "000000");
    }

    @Test
    void anApplicationIsRefusedWithTheSpecsValidationCodes() {
        String instanceId = orderedInstance(5);
        assertSigned(apply(instanceId, unique("EV"), null, "2027-01-01 00:00:00 z"), "000903");
        assertSigned(apply(instanceId, unique("EV"), "dev-1", null), "000902");
        assertSigned(apply(instanceId, unique("EV"), "dev-1", "2099-01-01 00:00:00 z"), "000901");
        assertSigned(marketplace.call(LICENSE, body("activity", "getLicenseAsync", "instanceId", instanceId, "eventId",
                "E", "effectiveTime", "yesterday", "deviceFingerprint", "d")), "000002");
        assertSigned(marketplace.call(LICENSE, body("activity", "updateInstanceStatus", "instanceId", instanceId,
                "status", "FREEZE")), "000000");
        assertSigned(apply(instanceId, unique("EV"), "dev-1", "2027-01-01 00:00:00 z"), "000901");
        assertSigned(apply(unique("RANONE"), unique("EV"), "dev-1", "2027-01-01 00:00:00 z"), "000003");
        assertEquals(0, db.count("SELECT COUNT(*) FROM license_grant WHERE instance_id = ?", instanceId));
    }

    @Test
    void aFailedUploadIsRetriedByTheTimerNotLost() {
        String instanceId = orderedInstance(1);
        String eventId = unique("EV");
        mkt.failUploads(3);
        Answer first = assertSigned(apply(instanceId, eventId, "dev-x", "2027-01-01 00:00:00 z"), "000004");
        assertTrue(first.json().getString("resultMsg").contains("being issued"), first.text());
        Eventually.until("the upload retried", Duration.ofSeconds(30), () -> mkt.uploads(eventId).size() == 1);
        Eventually.until("the job done", Duration.ofSeconds(10), () -> db.count("SELECT COUNT(*) FROM outbound_job"
                + " WHERE kind = 'UPLOAD_LICENSE' AND state = 'DONE' AND attempts = 2 AND subject = (SELECT CAST(id AS"
                + " VARCHAR(64)) FROM license_grant WHERE event_id = ?)", eventId) == 1);
        assertSigned(apply(instanceId, eventId, "dev-x", "2027-01-01 00:00:00 z"), "000000");
        assertEquals(3, db.count("SELECT COUNT(*) FROM outbound_call WHERE api = 'license.upload' AND subject = ?"
                + " AND outcome = 'UNAVAILABLE'", eventId), "each attempt is in the ledger");
    }

    @Test
    void theLifecycleIsIdempotentAndUnknownInstancesAreAnsweredPerTheSpec() {
        String instanceId = orderedInstance(1);
        String renewal = unique("CSR");
        for (int i = 0; i < 2; i++) {
            assertSigned(marketplace.call(LICENSE, body("activity", "refreshInstance", "instanceId", instanceId,
                    "scene", "RENEWAL", "orderId", renewal, "orderLineId", renewal + "-000001",
                    "expireTime", "20301124023618256")), "000000");
        }
        assertEquals("20301124023618256", db.text("SELECT expire_time_raw FROM license_instance WHERE instance_id = ?",
                instanceId));
        assertEquals(1, db.count("SELECT COUNT(*) FROM license_renewal WHERE subject = ?", instanceId));
        for (String status : List.of("FREEZE", "FREEZE", "UNFREEZE")) {
            assertSigned(marketplace.call(LICENSE, body("activity", "updateInstanceStatus", "instanceId", instanceId,
                    "status", status)), "000000");
        }
        assertEquals("ACTIVE", db.text("SELECT lifecycle FROM license_instance WHERE instance_id = ?", instanceId));
        for (int i = 0; i < 2; i++) {
            assertSigned(marketplace.call(LICENSE, body("activity", "releaseInstance", "instanceId", instanceId)), "000000");
        }
        assertEquals("RELEASED", db.text("SELECT lifecycle FROM license_instance WHERE instance_id = ?", instanceId));

        String none = unique("RANONE");
        assertSigned(marketplace.call(LICENSE, body("activity", "refreshInstance", "instanceId", none, "scene",
                "RENEWAL", "orderId", "O", "orderLineId", "L", "expireTime", "20301124023618")), "000003");
        assertSigned(marketplace.call(LICENSE, body("activity", "updateInstanceStatus", "instanceId", none, "status",
                "FREEZE")), "000003");
        assertSigned(marketplace.call(LICENSE, body("activity", "updateInstanceStatus", "instanceId", none, "status",
                "FREEZE", "testFlag", "1")), "000000");
        assertSigned(marketplace.call(LICENSE, body("activity", "releaseInstance", "instanceId", none)), "000000");
        assertSigned(marketplace.call(LICENSE, body("activity", "queryInstance", "instanceId", none)), "000002");
        assertEquals(0, db.count("SELECT COUNT(*) FROM license_instance WHERE instance_id = ?", none));
    }

    @Test
    void testInstancesAreServedWithoutFetchingAnOrder() {
        String order = unique("CST");
        String instanceId = unique("RAT");
        assertSigned(marketplace.call(LICENSE, body("activity", "newInstance", "orderId", order, "orderLineId",
                order + "-000001", "businessId", instanceId, "testFlag", "1")), "000000");
        String eventId = unique("EVT");
        assertSigned(apply(instanceId, eventId, "test-device", null), "000000");
        assertEquals(1, mkt.uploads(eventId).size());
        assertEquals(0, db.count("SELECT COUNT(*) FROM outbound_job WHERE kind = 'FETCH_ORDER' AND subject = ?", order));
        assertTrue(verified(mkt.uploads(eventId).get(0).request().getString("characters")).getBoolean("test"));
    }

    /** The license document's claims, after checking its RS256 signature with the published key. */
    JsonObject verified(String jws) {
        JsonObject key = marketplace.vendorApi("koogallery/api/license-keys", null, null).json().getJsonArray("keys")
                .getJsonObject(0);
        String[] parts = jws.split("\\.");
        try {
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                    new BigInteger(1, Base64.getUrlDecoder().decode(key.getString("n"))),
                    new BigInteger(1, Base64.getUrlDecoder().decode(key.getString("e")))));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(publicKey);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            assertTrue(rs256.verify(Base64.getUrlDecoder().decode(parts[2])), "the license verifies with the JWKS");
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
        return new Answer(200, "application/json", null, Base64.getUrlDecoder().decode(parts[1])).json();
    }
}
