package org.kgconnector.systemtest.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.SAAS;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.assertSigned;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.unique;
import static org.kgconnector.testsupport.Marketplace.body;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.kgconnector.testsupport.Answer;
import org.kgconnector.testsupport.Eventually;

/** Orders of SaaS instances: fetched with the query-order API before provisioning, after orderNotify and renewals. */
abstract class OrderScenarios extends DoubleBackedScenarios {


    Answer newInstance(String order, String line, String instanceId) {
        return marketplace.call(SAAS, body("activity", "newInstance", "orderId", order, "orderLineId", line,
                "businessId", instanceId));
    }

    @Test
    void aMockOrderIsFetchedBeforeTheInstanceIsProvisioned() {
        String line = unique("MOCKONDEMAND-");
        String instanceId = unique("ID");
        assertSigned(newInstance("MOCKONDEMAND", line, instanceId), "000000");
        assertEquals("ON_DEMAND|0a4d1578-5295-46a7-92d4-7c803dccc51d|459bbbec25d24749b2eb83be37b602a8",
                db.text("SELECT charging_mode || '|' || sku_code || '|' || customer_id FROM marketplace_order"
                        + " WHERE order_id = 'MOCKONDEMAND' AND order_line_id = ?", line));
        assertEquals("DONE", db.text("SELECT provisioning FROM saas_instance WHERE instance_id = ?", instanceId));
        assertTrue(db.count("SELECT COUNT(*) FROM outbound_call WHERE api = 'order.query' AND subject = 'MOCKONDEMAND'"
                + " AND outcome = 'SUCCESS' AND url LIKE ?", "%orderLineId=" + line) >= 1);
        assertEquals(0, mkt.badSignatures());
    }

    @Test
    void aMarketplaceThatIsDownDelaysProvisioningAndLosesNothing() {
        String order = unique("CSDOWN");
        String instanceId = unique("ID");
        mkt.down(true);
        assertSigned(newInstance(order, order + "-000001", instanceId), "000004");
        assertSigned(marketplace.call(SAAS, body("activity", "queryInstance", "instanceId", instanceId)), "000004");
        assertEquals(1, db.count("SELECT COUNT(*) FROM provisioning_job WHERE instance_id = ? AND state = 'PENDING'"
                + " AND last_error LIKE 'waiting for order%'", instanceId));
        mkt.down(false);
        Eventually.until("provisioned once the marketplace is back", Duration.ofSeconds(40), () -> db.count(
                "SELECT COUNT(*) FROM saas_instance WHERE instance_id = ? AND provisioning = 'DONE'", instanceId) == 1);
        Answer query = assertSigned(marketplace.call(SAAS, body("activity", "queryInstance", "instanceId", instanceId)),
                "000000");
        assertTrue(query.text().contains("appInfo"), query.text());
        assertEquals(1, db.count("SELECT COUNT(*) FROM marketplace_order WHERE order_id = ?", order));
    }

    @Test
    void orderNotifyAndRenewalsFetchTheirOrdersButTestCallsDoNot() {
        String notified = unique("CSN");
        assertSigned(marketplace.call(SAAS, body("activity", "orderNotify", "orderId", notified, "orderLineId",
                notified + "-000001")), "000000");
        Eventually.until("the notified order fetched", Duration.ofSeconds(30), () -> db.count(
                "SELECT COUNT(*) FROM marketplace_order WHERE order_id = ?", notified) == 1);

        String order = unique("CSR");
        String instanceId = unique("ID");
        assertSigned(newInstance(order, order + "-000001", instanceId), "000000");
        String renewal = unique("CSRR");
        mkt.order(renewal, renewal + "-000001", "PERIOD", 5, Instant.now().plus(730, ChronoUnit.DAYS));
        assertSigned(marketplace.call(SAAS, body("activity", "refreshInstance", "instanceId", instanceId, "scene",
                "RENEWAL", "orderId", renewal, "orderLineId", renewal + "-000001", "expireTime", "20301231235959")),
                "000000");
        Eventually.until("the renewal order fetched", Duration.ofSeconds(30), () -> db.count(
                "SELECT COUNT(*) FROM marketplace_order WHERE order_id = ? AND linear_value = 5", renewal) == 1);

        String test = unique("CST");
        assertSigned(marketplace.call(SAAS, body("activity", "newInstance", "orderId", test, "orderLineId", test + "-1",
                "businessId", unique("ID"), "testFlag", "1")), "000000");
        assertSigned(marketplace.call(SAAS, body("activity", "orderNotify", "orderId", test, "orderLineId", test + "-1",
                "testFlag", "1")), "000000");
        assertEquals(0, db.count("SELECT COUNT(*) FROM outbound_call WHERE subject = ?", test));
    }
}
