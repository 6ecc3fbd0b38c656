package org.kgconnector.systemtest.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.assertSignedWith;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.unique;
import static org.kgconnector.testsupport.Marketplace.body;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kgconnector.systemtest.ConnectorServer;
import org.kgconnector.testsupport.Answer;
import org.kgconnector.testsupport.Eventually;
import org.kgconnector.testsupport.Marketplace;

/** License codes 2.0: the marketplace's callbacks, and the vendor software's activation, check and usage. */
abstract class LicenseCodeScenarios extends DoubleBackedScenarios {

    static final String ADDRESS = "koogallery/license-code";
    static final String CODES = "koogallery/api/license-codes";


    Answer callback(String... namesAndValues) {
        return marketplace.call(ADDRESS, body(namesAndValues), Marketplace.LICENSE_CODE_KEY, Instant.now(),
                Marketplace.newNonce());
    }

    Answer api(String path, String json) {
        return marketplace.vendorApi(path, ConnectorServer.API_TOKEN, json);
    }

    JsonObject activateOne(String code) {
        Answer answer = api(CODES + "/activations", "{\"licenses\":[\"" + code + "\"]}");
        assertEquals(200, answer.status(), answer::toString);
        return answer.json().getJsonArray("results").getJsonObject(0);
    }

    static String compact(Instant t) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(java.time.ZoneOffset.UTC).format(t);
    }

    @Test
    void callbacksForAnUnseenCodeRecordItAndRetriesChangeNothingTwice() {
        String code = unique("PLCB");
        String order = unique("CS");
        for (int i = 0; i < 3; i++) {
            assertSignedWith(Marketplace.LICENSE_CODE_KEY, callback("activity", "refreshLicenseCode", "license", code,
                    "orderId", order, "orderLineId", order + "-000001", "scene", "RENEWAL", "expireTime",
                    "20330523201932", "productId", "OFFI01"), "000000");
        }
        assertEquals(1, db.count("SELECT COUNT(*) FROM license_code WHERE license = ? AND activated = FALSE"
                + " AND expire_time_raw = '20330523201932' AND product_id = 'OFFI01'", code));
        assertEquals(1, db.count("SELECT COUNT(*) FROM license_renewal WHERE subject = ?", code));
        for (int i = 0; i < 2; i++) {
            assertSignedWith(Marketplace.LICENSE_CODE_KEY, callback("activity", "updateLicenseCodeStatus", "license",
                    code, "status", "FREEZE"), "000000");
        }
        assertEquals(1, db.count("SELECT COUNT(*) FROM license_code WHERE license = ? AND frozen = TRUE", code));
        for (int i = 0; i < 2; i++) {
            assertSignedWith(Marketplace.LICENSE_CODE_KEY, callback("activity", "releaseLicenseCode", "license", code,
                    "orderId", unique("UN"), "orderLineId", "L1"), "000000");
        }
        assertSignedWith(Marketplace.LICENSE_CODE_KEY, callback("activity", "updateLicenseCodeStatus", "license", code,
                "status", "UNFREEZE"), "000000");
        assertEquals(1, db.count("SELECT COUNT(*) FROM license_code WHERE license = ? AND released = TRUE"
                + " AND frozen = TRUE", code), "release is final: a late unfreeze changes nothing");
        JsonObject check = api(CODES + "/" + code, null).json();
        assertEquals("RELEASED", check.getString("state"));
        assertFalse(check.getBoolean("usable"));
    }

    @Test
    void testCallsOnUnknownCodesAnswerSuccessAndChangeNothing() {
        String code = unique("PLTEST");
        assertSignedWith(Marketplace.LICENSE_CODE_KEY, callback("activity", "refreshLicenseCode", "license", code,
                "orderId", "CS1", "orderLineId", "CS1-1", "scene", "RENEWAL", "expireTime", "20330523201932",
                "testFlag", "1"), "000000");
        assertSignedWith(Marketplace.LICENSE_CODE_KEY, callback("activity", "updateLicenseCodeStatus", "license", code,
                "status", "FREEZE", "testFlag", "1"), "000000");
        assertSignedWith(Marketplace.LICENSE_CODE_KEY, callback("activity", "releaseLicenseCode", "license", code,
                "testFlag", "1"), "000000");
        assertEquals(0, db.count("SELECT COUNT(*) FROM license_code WHERE license = ?", code));
        assertEquals(3, server().ledger().count("SELECT COUNT(*) FROM inbound_callback WHERE instance_id = ? AND test_call = TRUE"
                + " AND result_code = '000000' AND address = '/license-code'", code));
    }

    @Test
    void aRenewalConvergesWhicheverOfRefreshAndUnfreezeComesFirst() {
        for (boolean refreshFirst : new boolean[] {true, false}) {
            String code = unique("PLREN");
            mkt.licenseCode(code, true);
            assertTrue(activateOne(code).getBoolean("usable"));
            Instant past = Instant.now().minus(20, ChronoUnit.DAYS);
            mkt.codeState(code, "EXPIRED", past);
            assertSignedWith(Marketplace.LICENSE_CODE_KEY, callback("activity", "updateLicenseCodeStatus", "license",
                    code, "status", "FREEZE"), "000000");
            JsonObject frozen = api(CODES + "/" + code, null).json();
            assertEquals("FROZEN", frozen.getString("state"), frozen.toString());
            assertFalse(frozen.getBoolean("usable"));

            Instant renewedUntil = Instant.now().plus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
            mkt.codeState(code, "ALIVE", renewedUntil);
            String order = unique("CSR");
            java.util.function.Supplier<Answer> refresh = () -> callback("activity", "refreshLicenseCode", "license",
                    code, "orderId", order, "orderLineId", order + "-000001", "scene", "RENEWAL", "expireTime",
                    compact(renewedUntil));
            java.util.function.Supplier<Answer> unfreeze = () -> callback("activity", "updateLicenseCodeStatus",
                    "license", code, "status", "UNFREEZE");
            assertSignedWith(Marketplace.LICENSE_CODE_KEY, (refreshFirst ? refresh : unfreeze).get(), "000000");
            assertSignedWith(Marketplace.LICENSE_CODE_KEY, (refreshFirst ? unfreeze : refresh).get(), "000000");
            JsonObject renewed = api(CODES + "/" + code, null).json();
            assertEquals("ACTIVE", renewed.getString("state"), renewed.toString());
            assertTrue(renewed.getBoolean("usable"));
            assertEquals(renewedUntil.toString(), renewed.getString("expireTime"));
            assertEquals(1, db.count("SELECT COUNT(*) FROM license_code WHERE license = ? AND frozen = FALSE"
                    + " AND marketplace_status = 'ALIVE' AND refresh_due = FALSE", code));
        }
    }

    @Test
    void activationAnswersEachMarketplaceVerdictClearly() {
        String claimed = unique("PLOK");
        String unclaimed = unique("PLNC");
        mkt.licenseCode(claimed, true);
        mkt.licenseCode(unclaimed, false);
        JsonObject first = activateOne(claimed);
        assertEquals("ACTIVATED", first.getString("outcome"));
        assertTrue(first.getBoolean("usable"));
        assertEquals("ACTIVE", first.getString("state"));
        assertTrue(first.containsKey("expireTime") && first.containsKey("confirmedAt"), first.toString());
        JsonObject again = activateOne(claimed);
        assertEquals("ALREADY_ACTIVE", again.getString("outcome"));
        assertTrue(again.getBoolean("usable"));
        JsonObject notClaimed = activateOne(unclaimed);
        assertEquals("NOT_CLAIMED", notClaimed.getString("outcome"));
        assertFalse(notClaimed.getBoolean("usable"));
        assertTrue(notClaimed.getString("message").contains("not yet claimed"), notClaimed.toString());
        assertEquals("UNKNOWN_CODE", activateOne(unique("PLNONE")).getString("outcome"));
        assertEquals(0, db.count("SELECT COUNT(*) FROM license_code WHERE license = ?", unclaimed));

        String a = unique("PLBA");
        String b = unique("PLBB");
        mkt.licenseCode(a, true);
        mkt.licenseCode(b, true);
        Answer batch = api(CODES + "/activations", "{\"licenses\":[\"" + a + "\",\"" + b + "\"]}");
        assertEquals(2, batch.json().getJsonArray("results").stream()
                .filter(r -> r.asJsonObject().getString("outcome").equals("ACTIVATED")).count(), batch.text());
        assertTrue(mkt.received().stream().anyMatch(r -> r.path().endsWith("/v2/license/activate")
                && r.body().contains(a) && r.body().contains(b)), "one v2 batch call");
        String c = unique("PLBC");
        mkt.licenseCode(c, true);
        Answer mixed = api(CODES + "/activations", "{\"licenses\":[\"" + c + "\",\"" + unique("PLNONE") + "\"]}");
        assertEquals("ACTIVATED", mixed.json().getJsonArray("results").getJsonObject(0).getString("outcome"));
        assertEquals("UNKNOWN_CODE", mixed.json().getJsonArray("results").getJsonObject(1).getString("outcome"));

        assertEquals(0, mkt.badSignatures(), "every open-API call carried a valid AK/SK signature");
        assertTrue(db.count("SELECT COUNT(*) FROM outbound_call WHERE api = 'license.activate' AND subject = ?"
                + " AND outcome = 'SUCCESS' AND url LIKE ?", claimed, mkt.base() + "%") >= 1,
                "the ledger shows the call, answered by the fallback host");
    }

    @Test
    void aCheckAnswersFromTheConnectorAndSaysWhenTheMarketplaceIsDown() {
        String code = unique("PLCHK");
        mkt.licenseCode(code, true);
        activateOne(code);
        long queries = queriesOf(code);
        JsonObject cached = api(CODES + "/" + code, null).json();
        assertTrue(cached.getBoolean("usable"));
        assertEquals(queries, queriesOf(code), "confirmed today: answered from the connector's state");

        assertSignedWith(Marketplace.LICENSE_CODE_KEY, callback("activity", "updateLicenseCodeStatus", "license", code,
                "status", "FREEZE"), "000000");
        Eventually.until("the background refresh after the callback", Duration.ofSeconds(20),
                () -> queriesOf(code) > queries || db.count("SELECT COUNT(*) FROM license_code WHERE license = ?"
                        + " AND refresh_due = FALSE", code) == 1);
        assertSignedWith(Marketplace.LICENSE_CODE_KEY, callback("activity", "updateLicenseCodeStatus", "license", code,
                "status", "UNFREEZE"), "000000");
        Eventually.until("the background refresh after the unfreeze", Duration.ofSeconds(20), () -> db.count(
                "SELECT COUNT(*) FROM license_code WHERE license = ? AND refresh_due = FALSE", code) == 1);
        mkt.down(true);
        db.execute("UPDATE license_code SET refresh_due = TRUE WHERE license = '" + code + "'");
        Answer stale = api(CODES + "/" + code, null);
        assertEquals(200, stale.status(), stale::toString);
        assertTrue(stale.json().getBoolean("stale"), stale.text());
        assertTrue(stale.json().getBoolean("usable"), stale.text());
        assertEquals("MARKETPLACE_UNAVAILABLE", stale.json().getString("outcome"));

        assertEquals(503, api(CODES + "/" + unique("PLNEVER"), null).status(), "unknown and the marketplace is down");
        mkt.down(false);
        assertEquals(404, api(CODES + "/" + unique("PLNEVER"), null).status());
    }

    long queriesOf(String code) {
        return mkt.received().stream().filter(r -> r.path().endsWith("/v1/license/heartbeat") && r.body().contains(code))
                .count();
    }

    @Test
    void usageIsQueuedOncePerClientAndDaySentInBatchesByTheTimer() {
        String code = unique("PLUSE");
        mkt.licenseCode(code, true);
        activateOne(code);
        Answer queued = api(CODES + "/" + code + "/usage", "{\"clientIds\":[\"acct-1\",\"acct-2\",\"acct-1\"],"
                + "\"activeClients\":2}");
        assertEquals(202, queued.status(), queued::toString);
        assertEquals(3, queued.json().getInt("queued"));
        assertEquals(0, api(CODES + "/" + code + "/usage", "{\"clientIds\":[\"acct-2\"],\"activeClients\":2}")
                .json().getInt("queued"), "the same client on the same day, and the same count, are not queued again");
        Eventually.until("usage sent by the timer", Duration.ofSeconds(30), () -> db.count(
                "SELECT COUNT(*) FROM license_usage WHERE license = ? AND state = 'DONE'", code) == 3);
        String sent = mkt.usageReports().stream().map(JsonObject::toString).filter(r -> r.contains(code))
                .reduce("", String::concat);
        assertTrue(sent.contains("\"software_usage_Info\":[") && sent.contains("{\"id\":\"acct-1\"}")
                && sent.contains("{\"active_num\":2}"), sent);

        assertEquals(404, api(CODES + "/" + unique("PLNO") + "/usage", "{\"activeClients\":1}").status());
        assertEquals(400, api(CODES + "/" + code + "/usage", "{}").status());
        assertEquals(400, api(CODES + "/" + code + "/usage", "{\"activeClients\":-1}").status());
    }

    @Test
    void theVendorApiWantsItsTokenAndRefusesBadRequestsPlainly() {
        Answer none = marketplace.vendorApi(CODES + "/PL1", null, null);
        assertEquals(401, none.status());
        assertTrue(none.json().getString("error").contains("bearer token"), none.text());
        assertEquals(401, marketplace.vendorApi(CODES + "/PL1", "wrong-token", null).status());
        assertEquals(400, api(CODES + "/activations", "not json").status());
        assertEquals(400, api(CODES + "/activations", "{\"licenses\":[]}").status());
        StringBuilder many = new StringBuilder("{\"licenses\":[");
        for (int i = 0; i < 101; i++) {
            many.append(i == 0 ? "" : ",").append("\"PL").append(i).append('"');
        }
        Answer tooMany = api(CODES + "/activations", many.append("]}").toString());
        assertEquals(400, tooMany.status());
        assertTrue(tooMany.json().getString("error").contains("more than 100"), tooMany.text());
        assertEquals("application/problem+json", tooMany.contentType());
        assertEquals(400, tooMany.json().getInt("status"));
        assertEquals(tooMany.json().getString("error"), tooMany.json().getString("detail"));
        Answer wrongType = api(CODES + "/activations", "{\"licenses\":[\"PL1\",2]}");
        assertEquals(400, wrongType.status());
        assertEquals("licenses must be an array of strings.", wrongType.json().getString("detail"));
        Answer notATime = api(CODES + "/activations", "{\"licenses\":[\"PL1\"],\"realEffectTime\":\"20261399000000\"}");
        assertEquals(400, notATime.status());
        assertEquals("realEffectTime must be a real time (yyyyMMddHHmmss, UTC)",
                notATime.json().getJsonArray("violations").getString(0), notATime.text());
        Answer blank = api(CODES + "/PL1/usage", "{\"clientIds\":[\"\"]}");
        assertEquals(List.of("clientIds must hold non-empty strings"),
                blank.json().getJsonArray("violations").getValuesAs(jakarta.json.JsonString::getString), blank.text());
        Answer nothing = api(CODES + "/PL1/usage", "{}");
        assertEquals(List.of("give clientIds, activeClients or both"),
                nothing.json().getJsonArray("violations").getValuesAs(jakarta.json.JsonString::getString), nothing.text());
    }

    @Test
    void refusedCallbacksAreSignedAndChangeNothing() {
        String code = unique("PLREF");
        Answer wrongKey = marketplace.call(ADDRESS, body("activity", "updateLicenseCodeStatus", "license", code,
                "status", "FREEZE"));
        assertSignedWith(Marketplace.LICENSE_CODE_KEY, wrongKey, "000001");
        assertSignedWith(Marketplace.LICENSE_CODE_KEY, callback("activity", "updateLicenseCodeStatus", "license", code,
                "status", "PAUSE"), "000002");
        assertSignedWith(Marketplace.LICENSE_CODE_KEY, callback("activity", "refreshLicenseCode", "license", code,
                "orderId", "O", "orderLineId", "L", "scene", "RENEWAL", "expireTime", "tomorrow"), "000002");
        assertSignedWith(Marketplace.LICENSE_CODE_KEY, callback("activity", "newInstance", "license", code), "000002");
        assertEquals(0, db.count("SELECT COUNT(*) FROM license_code WHERE license = ?", code));

        String order = unique("CSN");
        Answer notify = marketplace.call(ADDRESS, body("activity", "orderNotify", "orderId", order, "orderLineId",
                order + "-000001"));
        assertSignedWith(Marketplace.KEY, notify, "000000");
        assertEquals(1, db.count("SELECT COUNT(*) FROM order_notification WHERE order_id = ? AND address = 'license-code'",
                order));
    }
}
