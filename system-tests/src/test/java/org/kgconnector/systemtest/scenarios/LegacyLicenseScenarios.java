package org.kgconnector.systemtest.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.assertSignedWith;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.unique;
import static org.kgconnector.testsupport.Marketplace.LEGACY_KEY;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kgconnector.systemtest.ConnectorServer;
import org.kgconnector.testsupport.Answer;
import org.kgconnector.testsupport.Concurrently;
import org.kgconnector.testsupport.Database;
import org.kgconnector.testsupport.Marketplace;

/** The legacy License (GET, {@code authToken}, {@code Body-Sign} with the legacy key): one license per order. */
abstract class LegacyLicenseScenarios {

    static final String LICENSE = "koogallery/license";

    Marketplace marketplace;
    Database db;

    abstract ConnectorServer server();

    @BeforeEach
    void connect() {
        marketplace = new Marketplace(server().baseUri());
        db = server().database();
    }

    Answer v1(String... namesAndValues) {
        Map<String, String> p = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            p.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return marketplace.callV1(LICENSE, p, LEGACY_KEY);
    }

    Answer getLicense(String order, String businessId) {
        return v1("activity", "getLicense", "orderId", order, "businessId", businessId, "customerId", "cust-1",
                "customerName", "华为 测试", "productId", "00301-666666-0-0", "skuCode", "sku-1", "periodType", "year",
                "expireTime", "20301231235959", "amount", "3");
    }

    @Test
    void anOrderGetsOneLicenseWhateverTheRetries() throws Exception {
        String order = unique("CSLG");
        Answer first = assertSignedWith(LEGACY_KEY, getLicense(order, order + "-b1"), "000000");
        String instanceId = first.json().getString("instanceId");
        String license = first.json().getString("license");
        assertEquals(order + "-b1", instanceId);
        assertEquals(3, license.split("\\.").length, "a signed license document");
        List<Answer> retries = Concurrently.call(10, i -> getLicense(order, order + "-r" + i));
        Set<String> seen = retries.stream().map(a -> assertSignedWith(LEGACY_KEY, a, "000000").json().getString("instanceId")
                + "/" + a.json().getString("license")).collect(Collectors.toSet());
        assertEquals(Set.of(instanceId + "/" + license), seen);
        assertEquals(1, db.count("SELECT COUNT(*) FROM license_instance WHERE order_id = ? AND family = 'LEGACY'"
                + " AND customer_id = 'cust-1' AND amount = 3 AND expire_time_raw = '20301231235959'", order));
        String ledger = server().ledger().text("SELECT answer_body FROM inbound_callback WHERE instance_id = ? AND activity = 'getLicense'"
                + " ORDER BY id LIMIT 1", instanceId);
        assertTrue(ledger.contains(instanceId), ledger);
    }

    @Test
    void renewExpireAndReleaseAreIdempotent() {
        String order = unique("CSLL");
        String instanceId = assertSignedWith(LEGACY_KEY, getLicense(order, order + "-b1"), "000000").json()
                .getString("instanceId");
        String renewal = unique("CSLR");
        for (int i = 0; i < 2; i++) {
            assertSignedWith(LEGACY_KEY, v1("activity", "refreshLicense", "orderId", renewal, "instanceId", instanceId,
                    "expireTime", "20321231235959", "periodType", "year", "periodNumber", "1"), "000000");
        }
        assertEquals("20321231235959", db.text("SELECT expire_time_raw FROM license_instance WHERE instance_id = ?",
                instanceId));
        for (int i = 0; i < 2; i++) {
            assertSignedWith(LEGACY_KEY, v1("activity", "expireLicense", "orderId", order, "instanceId", instanceId),
                    "000000");
        }
        assertEquals("FROZEN", db.text("SELECT lifecycle FROM license_instance WHERE instance_id = ?", instanceId));
        for (int i = 0; i < 2; i++) {
            assertSignedWith(LEGACY_KEY, v1("activity", "releaseLicense", "orderId", order, "instanceId", instanceId),
                    "000000");
        }
        assertEquals("RELEASED", db.text("SELECT lifecycle FROM license_instance WHERE instance_id = ?", instanceId));
        assertSignedWith(LEGACY_KEY, v1("activity", "refreshLicense", "orderId", unique("R"), "instanceId",
                unique("NONE"), "expireTime", "20321231235959"), "000003");
        assertSignedWith(LEGACY_KEY, v1("activity", "releaseLicense", "orderId", "O", "instanceId", unique("NONE")),
                "000000");
    }

    @Test
    void badTokensAndBadFieldsAreRefusedSigned() {
        String order = unique("CSLX");
        Map<String, String> p = new LinkedHashMap<>();
        p.put("activity", "getLicense");
        p.put("orderId", order);
        p.put("businessId", "b");
        p.put("customerId", "c");
        p.put("productId", "p");
        assertSignedWith(LEGACY_KEY, marketplace.callV1(LICENSE, p, "notTheLegacyKey"), "000001");
        assertSignedWith(LEGACY_KEY, v1("activity", "getLicense", "orderId", order, "businessId", "b"), "000002");
        assertSignedWith(LEGACY_KEY, v1("activity", "getLicense", "orderId", order, "businessId", "b", "customerId", "c",
                "productId", "p", "expireTime", "2030-12-31"), "000002");
        assertSignedWith(LEGACY_KEY, v1("activity", "grantLicense", "orderId", order), "000002");
        assertEquals(0, db.count("SELECT COUNT(*) FROM license_instance WHERE order_id = ?", order));
    }
}
