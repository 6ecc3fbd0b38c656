package org.kgconnector.systemtest.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.SAAS;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.assertSigned;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.assertSignedWith;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.unique;
import static org.kgconnector.testsupport.Marketplace.LEGACY_KEY;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kgconnector.protocol.legacy.EncryptType;
import org.kgconnector.protocol.legacy.LegacyAesCipher;
import org.kgconnector.protocol.signature.AuthToken;
import org.kgconnector.protocol.time.ProtocolTime;
import org.kgconnector.systemtest.ConnectorServer;
import org.kgconnector.testsupport.Answer;
import org.kgconnector.testsupport.Concurrently;
import org.kgconnector.testsupport.Database;
import org.kgconnector.testsupport.Marketplace;

/** SaaS V1 (GET, {@code authToken}, {@code Body-Sign}, AES fields) on the same instance model as V2. */
abstract class SaasV1Scenarios {

    static final LegacyAesCipher AES = new LegacyAesCipher(LEGACY_KEY, EncryptType.AES_256);

    Marketplace marketplace;
    Database db;

    abstract ConnectorServer server();

    @BeforeEach
    void connect() {
        marketplace = new Marketplace(server().baseUri());
        db = server().database();
    }

    static Map<String, String> params(String... namesAndValues) {
        Map<String, String> p = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            p.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return p;
    }

    Answer v1(String... namesAndValues) {
        return marketplace.callV1(SAAS, params(namesAndValues), LEGACY_KEY);
    }

    Answer newInstance(String order, String businessId, String... more) {
        List<String> p = new ArrayList<>(List.of("activity", "newInstance", "businessId", businessId,
                "customerId", "68cbc86abc2018ab880d92f36422fa0e", "customerName", "华为 测试+1", "orderId", order,
                "productId", "00301-666666-0--0", "chargingMode", "1", "periodType", "month", "periodNumber", "1",
                "orderAmount", "99.500", "expireTime", "20301027153156",
                "mobilePhone", AES.encrypt("15905222222"), "email", AES.encrypt("buyer@example.com")));
        p.addAll(List.of(more));
        return v1(p.toArray(String[]::new));
    }

    @Test
    void fullLifecycleWithEncryptedFieldsOnTheSharedModel() {
        String order = unique("V1CS");
        String platform = "{\"tenantName\":\"acme\",\"tennantId\":\"t-1\",\"userId\":\"u-1\"}";
        String extend = Base64.getEncoder().encodeToString(("[{\"name\":\"idNum\",\"value\":\"352255\"},"
                + "{\"name\":\"platformParams\",\"value\":" + jsonString(platform) + "}]").getBytes(StandardCharsets.UTF_8));
        Answer created = assertSignedWith(LEGACY_KEY, newInstance(order, order + "-b1", "saasExtendParams", extend), "000000");
        JsonObject json = created.json();
        String instanceId = json.getString("instanceId");
        assertEquals(order + "-b1", instanceId);
        assertEquals("1", json.getString("encryptType"));
        String userName = AES.decrypt(json.getJsonObject("appInfo").getString("userName"));
        String password = AES.decrypt(json.getJsonObject("appInfo").getString("password"));
        assertEquals("admin-" + instanceId.substring(0, 8), userName);
        assertEquals("V1", db.text("SELECT protocol_version FROM saas_instance WHERE instance_id = ?", instanceId));
        assertEquals("1", db.text("SELECT charging_mode FROM saas_instance WHERE instance_id = ?", instanceId));
        String details = db.text("SELECT order_details FROM saas_instance WHERE instance_id = ?", instanceId);
        assertTrue(details.contains("华为 测试+1") && details.contains("\"platformParams\":{\"tenantName\":\"acme\",\"tenantId\":\"t-1\",\"userId\":\"u-1\"}"), details);
        String contact = db.text("SELECT contact_sealed FROM saas_instance WHERE instance_id = ?", instanceId);
        assertFalse(contact.contains("15905222222") || contact.contains("buyer@"), "contact is sealed");

        Answer again = assertSignedWith(LEGACY_KEY, newInstance(order, order + "-b2"), "000000");
        assertEquals(instanceId, again.json().getString("instanceId"));
        assertEquals(password, AES.decrypt(again.json().getJsonObject("appInfo").getString("password")));
        assertEquals(1, db.count("SELECT COUNT(*) FROM saas_instance WHERE order_id = ?", order));

        assertSignedWith(LEGACY_KEY, v1("activity", "refreshInstance", "instanceId", instanceId, "orderId", unique("R"),
                "expireTime", "20311027153156", "periodType", "month", "periodNumber", "1", "orderAmount", "-33.300"),
                "000000");
        assertEquals("20311027153156", db.text("SELECT expire_time_raw FROM saas_instance WHERE instance_id = ?",
                instanceId));
        for (int i = 0; i < 2; i++) {
            assertSignedWith(LEGACY_KEY, v1("activity", "expireInstance", "instanceId", instanceId, "orderId", order),
                    "000000");
        }
        assertEquals("FROZEN", db.text("SELECT lifecycle FROM saas_instance WHERE instance_id = ?", instanceId));
        assertEquals(1, db.count("SELECT COUNT(*) FROM provisioning_job WHERE instance_id = ? AND action = 'FREEZE'",
                instanceId));
        assertSignedWith(LEGACY_KEY, v1("activity", "instanceStatus", "instanceId", instanceId, "instanceStatus",
                "NORMAL"), "000000");
        assertEquals("ACTIVE", db.text("SELECT lifecycle FROM saas_instance WHERE instance_id = ?", instanceId));
        String upgradeOrder = unique("U");
        for (int i = 0; i < 2; i++) {
            assertSignedWith(LEGACY_KEY, v1("activity", "upgrade", "instanceId", instanceId, "orderId", upgradeOrder,
                    "productId", "00301-666688-0-0", "skuCode", "sku-large", "amount", "30"), "000000");
        }
        assertEquals(1, db.count("SELECT COUNT(*) FROM instance_upgrade WHERE instance_id = ?", instanceId));

        Answer query = assertSignedWith(LEGACY_KEY, v1("activity", "queryInstance", "instanceId", instanceId), "000000");
        assertEquals(userName, AES.decrypt(query.json().getJsonArray("info").getJsonObject(0).getJsonObject("appInfo")
                .getString("userName")));
        Answer viaV2 = assertSigned(marketplace.call(SAAS, Marketplace.body("activity", "queryInstance", "instanceId",
                instanceId)), "000000");
        assertEquals(password, viaV2.json().getJsonArray("info").getJsonObject(0).getJsonObject("appInfo")
                .getString("password"), "one model: V2 sees the V1 instance in clear");

        for (int i = 0; i < 2; i++) {
            assertSignedWith(LEGACY_KEY, v1("activity", "releaseInstance", "instanceId", instanceId, "orderId", order,
                    "orderAmount", "0"), "000000");
        }
        assertEquals("RELEASED", db.text("SELECT lifecycle FROM saas_instance WHERE instance_id = ?", instanceId));
    }

    @Test
    void payPerUseMakesOneInstancePerOrderAndProduct() {
        String order = unique("V1OD");
        for (String product : List.of("P-A", "P-B", "P-A")) {
            assertSignedWith(LEGACY_KEY, v1("activity", "newInstance", "businessId", order + product + unique("-"),
                    "customerId", "c", "orderId", order, "productId", product, "chargingMode", "0"), "000000");
        }
        assertEquals(2, db.count("SELECT COUNT(*) FROM saas_instance WHERE order_id = ?", order));
    }

    @Test
    void aRawPlusInTheAuthTokenIsKept() {
        String order = unique("V1P");
        Map<String, String> p = params("activity", "newInstance", "businessId", order, "customerId", "c", "orderId", order,
                "productId", "P1", "testFlag", "1");
        Instant t = Instant.now();
        for (int i = 0; i < 200; i++) {
            p.put("timeStamp", ProtocolTime.formatMillis(t.plusMillis(i)));
            if (AuthToken.sign(LEGACY_KEY, p.get("timeStamp"), AuthToken.stringToSign(p, false)).contains("+")) {
                break;
            }
        }
        assertTrue(AuthToken.sign(LEGACY_KEY, p.get("timeStamp"), AuthToken.stringToSign(p, false)).contains("+"));
        assertSignedWith(LEGACY_KEY, marketplace.callV1(SAAS, p, LEGACY_KEY), "000000");
        assertEquals(1, db.count("SELECT COUNT(*) FROM saas_instance WHERE order_id = ?", order));
    }

    @Test
    void refusedCallsAreSignedAndCreateNothing() {
        String order = unique("V1X");
        assertSignedWith(LEGACY_KEY, marketplace.callV1(SAAS, params("activity", "newInstance", "businessId", order,
                "customerId", "c", "orderId", order, "productId", "P"), "notTheLegacyKey"), "000001");
        assertSignedWith(LEGACY_KEY, marketplace.get(SAAS, "activity=newInstance&orderId=" + order
                + "&timeStamp=20250101000000000"), "000001");
        assertSignedWith(LEGACY_KEY, marketplace.get(SAAS, "activity=newInstance&orderId=" + order
                + "&authToken=abc%3D"), "000002");
        assertSignedWith(LEGACY_KEY, v1("activity", "newInstance", "businessId", order, "customerId", "c", "productId", "P"),
                "000002");
        assertSignedWith(LEGACY_KEY, v1("activity", "deleteAll", "orderId", order), "000002");
        assertSignedWith(LEGACY_KEY, newInstance(order, order, "mobilePhone", "A1b2C3d4E5f6G7h8notbase64!"), "000002");
        assertSignedWith(LEGACY_KEY, newInstance(order, order, "saasExtendParams", "bm90IGpzb24="), "000002");
        assertSignedWith(LEGACY_KEY, v1("activity", "instanceStatus", "instanceId", order, "instanceStatus", "PAUSED"),
                "000002");
        assertSignedWith(LEGACY_KEY, v1("activity", "refreshInstance", "instanceId", order, "orderId", order,
                "expireTime", "2030"), "000002");
        assertSignedWith(LEGACY_KEY, v1("activity", "refreshInstance", "instanceId", order, "orderId", order,
                "expireTime", "20301027153156"), "000003");
        assertEquals(0, db.count("SELECT COUNT(*) FROM saas_instance WHERE order_id = ?", order));
    }

    @Test
    void concurrentDuplicatesMakeOneInstance() throws Exception {
        String order = unique("V1C");
        Set<String> ids = Concurrently.call(10, i -> newInstance(order, order + "-" + i)).stream()
                .map(a -> assertSignedWith(LEGACY_KEY, a, "000000").json().getString("instanceId"))
                .collect(Collectors.toSet());
        assertEquals(1, ids.size(), ids::toString);
        assertEquals(1, db.count("SELECT COUNT(*) FROM saas_instance WHERE order_id = ?", order));
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
