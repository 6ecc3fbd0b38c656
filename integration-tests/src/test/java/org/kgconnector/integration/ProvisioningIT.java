package org.kgconnector.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgconnector.testsupport.Marketplace.body;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kgconnector.testsupport.Answer;
import org.kgconnector.testsupport.Database;
import org.kgconnector.testsupport.Marketplace;

/**
 * Provisioning through the vendor's {@code Provisioner} (decision 10 of docs/protocol/decisions.md): the 5 s budget, refusals, retries that give
 * up, test calls kept away from the vendor, and a job that a crash left behind being finished by the timer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProvisioningIT {

    private static final String NAME = "provisioning";

    @ArquillianResource
    URL base;

    Marketplace marketplace;
    Database db;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return ConnectorWar.create(NAME, String.join("\n",
                "koogallery.keys.base=" + Marketplace.KEY,
                "koogallery.provisioning.provisioner=scripted",
                "koogallery.provisioning.budget=PT1S",
                "koogallery.jobs.max-attempts=2",
                "koogallery.provisioning.front-end-url=https://builtin.example.com/{instanceId}"),
                ScriptedProvisioner.class.getPackage());
    }

    @BeforeEach
    void connect() {
        marketplace = new Marketplace(ConnectorWar.onLoopback(base));
        db = new Database(ConnectorWar.h2Url(NAME), "koogallery", "koogallery");
    }

    private Answer newInstance(String order, String testFlag) {
        return marketplace.call("saas", body("activity", "newInstance", "orderId", order, "orderLineId", order + "-1",
                "businessId", "id-" + order, "testFlag", testFlag));
    }

    private Answer query(String instanceId) {
        return marketplace.call("saas", body("activity", "queryInstance", "instanceId", instanceId));
    }

    private static String order(String behaviour) {
        return behaviour + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void eventually(Supplier<Boolean> condition, Duration within) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (!condition.get()) {
            assertTrue(Instant.now().isBefore(deadline), "condition not reached within " + within);
            Thread.sleep(200);
        }
    }

    @Test
    void aSlowCreateAnswers000004AndQueryInstanceReportsItOnceDone() throws Exception {
        String order = order("SLOW");
        Answer created = newInstance(order, "0");
        assertEquals("000004", created.resultCode(), created::toString);
        assertEquals("id-" + order, created.json().getString("instanceId"));
        assertTrue(created.signedWith(Marketplace.KEY));
        assertEquals("000004", query("id-" + order).resultCode());
        eventually(() -> "000000".equals(query("id-" + order).resultCode()), Duration.ofSeconds(10));
        Answer ready = query("id-" + order);
        assertEquals("https://vendor.example.com/id-" + order, ready.json().getJsonArray("info").getJsonObject(0)
                .getJsonObject("appInfo").getString("frontEndUrl"));
        assertEquals("000000", newInstance(order, "0").resultCode(), "a retry after provisioning answers success");
    }

    @Test
    void aRefusedCreateAnswersTheProvisionersCodeAndIsShownAsFailed() {
        String order = order("REFUSE");
        Answer refused = newInstance(order, "0");
        assertEquals("000100", refused.resultCode(), refused::toString);
        assertEquals("no capacity left in region", refused.json().getString("resultMsg"));
        assertEquals("FAILED", db.text("SELECT provisioning FROM saas_instance WHERE order_id = ?", order));
        assertEquals("FAILED", db.text("SELECT state FROM provisioning_job WHERE instance_id = ?", "id-" + order));
        assertEquals("000005", query("id-" + order).resultCode());
    }

    @Test
    void aFailingCreateIsRetriedWithBackOffThenGivenUp() throws Exception {
        String order = order("FAIL");
        assertEquals("000004", newInstance(order, "0").resultCode());
        eventually(() -> "FAILED".equals(db.text("SELECT state FROM provisioning_job WHERE instance_id = ?",
                "id-" + order)), Duration.ofSeconds(20));
        assertEquals(2, db.count("SELECT attempts FROM provisioning_job WHERE instance_id = ?", "id-" + order));
        assertTrue(db.text("SELECT last_error FROM provisioning_job WHERE instance_id = ?", "id-" + order)
                .contains("the vendor back end is down"));
        assertEquals("000005", query("id-" + order).resultCode());
        assertEquals("000005", newInstance(order, "0").resultCode());
    }

    @Test
    void anInstancesStepsRunInOrderSoAReleaseWaitsForItsCreate() throws Exception {
        String order = order("FAIL");
        String instanceId = "id-" + order;
        assertEquals("000004", newInstance(order, "0").resultCode());
        assertEquals("000000", marketplace.call("saas", body("activity", "releaseInstance", "instanceId", instanceId))
                .resultCode());
        eventually(() -> "DONE".equals(db.text("SELECT state FROM provisioning_job WHERE instance_id = ? AND action ="
                + " 'RELEASE'", instanceId)), Duration.ofSeconds(30));
        assertEquals("FAILED 2", db.text("SELECT state || ' ' || attempts FROM provisioning_job WHERE instance_id = ?"
                + " AND action = 'CREATE'", instanceId), "the create was retried to the end");
        assertEquals(1, db.count("SELECT COUNT(*) FROM provisioning_job r JOIN provisioning_job c ON c.instance_id ="
                + " r.instance_id WHERE r.instance_id = ? AND r.action = 'RELEASE' AND c.action = 'CREATE'"
                + " AND r.finished_at >= c.finished_at AND r.attempts = 1", instanceId),
                "the release ran once, after the create had been given up, never while it was pending");
    }

    @Test
    void testCallsNeverReachTheVendorsProvisioner() {
        String order = order("REFUSE");
        Answer answer = newInstance(order, "1");
        assertEquals("000000", answer.resultCode(), answer::toString);
        Answer query = marketplace.call("saas", body("activity", "queryInstance", "instanceId", "id-" + order,
                "testFlag", "1"));
        assertEquals("https://builtin.example.com/id-" + order, query.json().getJsonArray("info").getJsonObject(0)
                .getJsonObject("appInfo").getString("frontEndUrl"));
    }

    @Test
    void aJobLeftBehindByACrashIsFinishedByTheTimer() throws Exception {
        String order = order("CRASH");
        String instanceId = "id-" + order;
        db.execute("INSERT INTO saas_instance (instance_id, order_id, order_line_id, business_id, protocol_version,"
                + " test_call, lifecycle, provisioning, created_at, updated_at, row_version) VALUES ('" + instanceId
                + "', '" + order + "', '" + order + "-1', '" + instanceId + "', 'V2', FALSE, 'ACTIVE', 'PENDING',"
                + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
        db.execute("INSERT INTO provisioning_job (instance_id, action, state, order_id, order_line_id, attempts,"
                + " next_attempt_at, lease_owner, lease_until, created_at) VALUES ('" + instanceId + "', 'CREATE', 'PENDING', '"
                + order + "', '" + order + "-1', 0, CURRENT_TIMESTAMP, 'dead-node', DATEADD('MINUTE', -1, CURRENT_TIMESTAMP),"
                + " CURRENT_TIMESTAMP)");
        eventually(() -> "000000".equals(query(instanceId).resultCode()), Duration.ofSeconds(15));
        assertEquals("DONE 1", db.text("SELECT state || ' ' || attempts FROM provisioning_job WHERE instance_id = ?",
                instanceId), "the timer took over the dead node's expired lease and ran the job once");
        assertEquals("000000", newInstance(order, "0").resultCode(), "the marketplace's retry finds the instance");
        assertEquals(1, db.count("SELECT COUNT(*) FROM saas_instance WHERE order_id = ?", order));
    }
}
