package org.kgconnector.systemtest.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgconnector.testsupport.Marketplace.body;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.SAAS;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.assertSigned;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.unique;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.StringJoiner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kgconnector.protocol.signature.HexBodySignature;
import org.kgconnector.testsupport.Answer;
import org.kgconnector.systemtest.ConnectorServer;
import org.kgconnector.testsupport.Database;
import org.kgconnector.testsupport.Marketplace;

/**
 * Every way a call is refused: the spec's result code, HTTP 200, a signed answer, a ledger row that says why,
 * and nothing else changed.
 */
abstract class RejectedCallScenarios {

    Marketplace marketplace;
    Database db;
    String order;
    String newInstance;

    abstract ConnectorServer server();

    @BeforeEach
    void connect() {
        marketplace = new Marketplace(server().baseUri());
        db = server().database();
        order = unique("CSX");
        newInstance = body("activity", "newInstance", "orderId", order, "orderLineId", order + "-000001", "businessId", order);
    }

    /** The call was refused with the code, answered signed, recorded with the reason, and created nothing. */
    void assertRefused(Answer answer, String code, String verification) {
        assertSigned(answer, code);
        assertFalse(answer.text().contains("Exception"), answer.text());
        assertEquals(0, db.count("SELECT COUNT(*) FROM saas_instance WHERE order_id = ?", order));
        assertEquals(verification + " " + code, server().ledger().text("SELECT verification || ' ' || result_code FROM inbound_callback"
                + " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY"), "the newest ledger row is this call's");
    }

    String signedQuery(String body, String key, Instant at, String nonce) {
        String ts = Long.toString(at.toEpochMilli());
        return "signature=" + HexBodySignature.BASE.sign(key, nonce, ts, body.getBytes(StandardCharsets.UTF_8))
                + "&timestamp=" + ts + "&nonce=" + nonce;
    }

    Answer postWith(String query) {
        return marketplace.post(SAAS, query, newInstance.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWrongSignatureIsRefusedWith000001() {
        assertRefused(marketplace.call(SAAS, newInstance, "notTheKey", Instant.now(), Marketplace.newNonce()), "000001",
                "SIGNATURE_MISMATCH");
    }

    @Test
    void aMissingSignatureIsRefusedWith000001() {
        String query = signedQuery(newInstance, Marketplace.KEY, Instant.now(), Marketplace.newNonce());
        assertRefused(postWith(query.substring(query.indexOf('&') + 1)), "000001", "SIGNATURE_MISSING");
    }

    @Test
    void aMissingTimestampOrNonceIsRefusedWith000002() {
        String nonce = Marketplace.newNonce();
        String query = signedQuery(newInstance, Marketplace.KEY, Instant.now(), nonce);
        assertRefused(postWith(query.replaceAll("&timestamp=[0-9]+", "")), "000002", "PARAMETERS_MISSING");
        assertRefused(postWith(query.replace("&nonce=" + nonce, "")), "000002", "PARAMETERS_MISSING");
        assertRefused(postWith(query.replaceAll("timestamp=[0-9]+", "timestamp=yesterday")), "000002",
                "PARAMETERS_MISSING");
    }

    @Test
    void staleAndFutureTimestampsAreRefusedWith000002() {
        assertRefused(marketplace.call(SAAS, newInstance, Marketplace.KEY, Instant.now().minusSeconds(75),
                Marketplace.newNonce()), "000002", "TIMESTAMP_OUTSIDE_WINDOW");
        assertRefused(marketplace.call(SAAS, newInstance, Marketplace.KEY, Instant.now().plusSeconds(75),
                Marketplace.newNonce()), "000002", "TIMESTAMP_OUTSIDE_WINDOW");
    }

    @Test
    void aReplayedNonceIsRefusedWith000001AndChangesNothingTwice() {
        String query = signedQuery(body("activity", "orderNotify", "orderId", order, "orderLineId", "L1"), Marketplace.KEY,
                Instant.now(), Marketplace.newNonce());
        byte[] notify = body("activity", "orderNotify", "orderId", order, "orderLineId", "L1").getBytes(StandardCharsets.UTF_8);
        assertSigned(marketplace.post(SAAS, query, notify), "000000");
        assertRefused(marketplace.post(SAAS, query, notify), "000001", "NONCE_REPLAYED");
        assertEquals(1, db.count("SELECT COUNT(*) FROM order_notification WHERE order_id = ?", order));
    }

    @Test
    void malformedBodiesAreRefusedWith000002() {
        for (String bad : new String[] {"{\"activity\":\"newInstance\",\"orderId\":\"" + order + "\"",
                "[\"" + order + "\"]", "activity=newInstance&orderId=" + order, ""}) {
            Answer answer = marketplace.post(SAAS, signedQuery(bad, Marketplace.KEY, Instant.now(), Marketplace.newNonce()),
                    bad.getBytes(StandardCharsets.UTF_8));
            assertSigned(answer, "000002");
            assertEquals(0, db.count("SELECT COUNT(*) FROM saas_instance WHERE order_id = ?", order));
        }
    }

    /** The text with the two bytes {@code FF FE}, never valid in UTF-8, in place of {@code @}. */
    static byte[] withInvalidUtf8(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte b : utf8) {
            if (b == '@') {
                out.write(0xFF);
                out.write(0xFE);
            } else {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    @Test
    void aCorrectlySignedBodyThatIsNotUtf8IsRefusedWith000002() {
        byte[] saas = withInvalidUtf8(newInstance.replace("\"businessId\"", "\"customerName\":\"bad@name\",\"businessId\""));
        String ts = Long.toString(Instant.now().toEpochMilli());
        String nonce = Marketplace.newNonce();
        Answer answer = marketplace.post(SAAS, "signature=" + HexBodySignature.BASE.sign(Marketplace.KEY, nonce, ts, saas)
                + "&timestamp=" + ts + "&nonce=" + nonce, saas);
        assertSigned(answer, "000002");
        assertEquals(0, db.count("SELECT COUNT(*) FROM saas_instance WHERE order_id = ?", order));
        String ledger = server().ledger().text("SELECT result_code || ' ' || result_msg FROM inbound_callback ORDER BY id DESC"
                + " FETCH FIRST 1 ROWS ONLY");
        assertTrue(ledger.startsWith("000002 ") && ledger.contains("not valid UTF-8"), ledger);

        String tenant = unique("TU");
        byte[] kit = withInvalidUtf8("{\"domainName\":\"https://t.example.com\",\"flag\":1,\"instanceId\":\"i1\","
                + "\"name\":\"Ac@me\",\"orderId\":\"o1\",\"tenantCode\":\"c\",\"tenantId\":\"" + tenant + "\","
                + "\"testFlag\":0,\"timeStamp\":\"20220413093539534\"}");
        assertEquals("000002", marketplace.callKit(KitScenarios.V2 + "tenantSync", kit, Marketplace.KIT_KEY).resultCode());
        assertEquals(0, db.count("SELECT COUNT(*) FROM kit_tenant WHERE tenant_id = ?", tenant));
    }

    @Test
    void aQueryOfMoreThan100EntriesIsRefusedEvenWhenTheyRepeat() {
        String repeated = String.join(",", java.util.Collections.nCopies(101, order));
        assertSigned(marketplace.call(SAAS, body("activity", "queryInstance", "instanceId", repeated)), "000002");
    }

    @Test
    void anOversizedBodyIsRefusedUnparsed() {
        StringJoiner padding = new StringJoiner("");
        String filler = "x".repeat(1024);
        for (int i = 0; i < 1025; i++) {
            padding.add(filler);
        }
        String huge = newInstance.replace("}", ",\"padding\":\"" + padding + "\"}");
        assertRefused(marketplace.call(SAAS, huge), "000002", "BODY_TOO_LARGE");
    }

    @Test
    void invalidFieldsAreRefusedWith000002() {
        String line = order + "-000001";
        String[] bodies = {
            body("activity", "newInstance", "orderId", order, "orderLineId", line),
            body("activity", "newInstance", "orderId", order, "orderLineId", line, "businessId", "x".repeat(65)),
            body("activity", "newInstance", "orderId", order, "orderLineId", line, "businessId", order, "testFlag", "yes"),
            body("activity", "deleteEverything", "orderId", order),
            body("orderId", order, "orderLineId", line, "businessId", order),
            newInstance.replace("\"businessId\":\"" + order + "\"", "\"businessId\":12"),
            body("activity", "updateInstanceStatus", "instanceId", order, "status", "PAUSE"),
            body("activity", "refreshInstance", "instanceId", order, "orderId", order, "orderLineId", line, "scene",
                    "RENEWAL", "expireTime", "2030-11-24"),
            body("activity", "queryInstance", "instanceId", ""),
            body("activity", "queryInstance", "instanceId", ",".repeat(3)),
        };
        for (String bad : bodies) {
            Answer answer = marketplace.call(SAAS, bad);
            assertSigned(answer, "000002");
        }
        StringJoiner ids = new StringJoiner(",");
        for (int i = 0; i < 101; i++) {
            ids.add(order + i);
        }
        assertSigned(marketplace.call(SAAS, body("activity", "queryInstance", "instanceId", ids.toString())), "000002");
        assertEquals(0, db.count("SELECT COUNT(*) FROM saas_instance WHERE order_id = ?", order));
        assertEquals(0, db.count("SELECT COUNT(*) FROM saas_instance WHERE instance_id = ?", order));
    }
}
