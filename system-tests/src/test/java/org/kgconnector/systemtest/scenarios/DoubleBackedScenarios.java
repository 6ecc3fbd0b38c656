package org.kgconnector.systemtest.scenarios;

import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.SAAS;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.assertSigned;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.unique;
import static org.kgconnector.testsupport.Marketplace.body;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.StringJoiner;
import org.junit.jupiter.api.BeforeEach;
import org.kgconnector.systemtest.ConnectorServer;
import org.kgconnector.testsupport.Answer;
import org.kgconnector.testsupport.Database;
import org.kgconnector.testsupport.Eventually;
import org.kgconnector.testsupport.Marketplace;
import org.kgconnector.testsupport.MarketplaceDouble;

/**
 * Scenarios that involve the marketplace's open APIs: the callback emulator, the marketplace double (reset to a
 * healthy, accepting marketplace before each test) and the database of one server.
 */
abstract class DoubleBackedScenarios {

    static final String USAGE = "koogallery/api/usage";
    /** How long a test waits for what the timers do (usage pushes, retries after back-off). */
    static final Duration TIMERS = Duration.ofSeconds(45);

    Marketplace marketplace;
    MarketplaceDouble mkt;
    Database db;

    abstract ConnectorServer server();

    @BeforeEach
    void connect() {
        marketplace = new Marketplace(server().baseUri());
        mkt = server().marketplaceDouble();
        mkt.down(false);
        mkt.refuseUsage(null);
        mkt.failUsagePushes(0);
        mkt.refuseNextUsagePush(null);
        mkt.abnormalUsageOf(null);
        db = server().database();
    }

    /** A new pay-per-use (ON_DEMAND) instance, provisioned. */
    String payPerUseInstance() {
        String order = unique("CSOD");
        String instanceId = unique("OD");
        mkt.order(order, order + "-000001", "ON_DEMAND", null, Instant.now().plus(365, ChronoUnit.DAYS));
        assertSigned(marketplace.call(SAAS, body("activity", "newInstance", "orderId", order, "orderLineId",
                order + "-000001", "businessId", instanceId)), "000000");
        return instanceId;
    }

    static String event(String id, String instanceId, String quantity, Instant time) {
        return "{\"id\":\"" + id + "\",\"instanceId\":\"" + instanceId + "\",\"quantity\":" + quantity + ",\"time\":\""
                + time + "\"}";
    }

    /** Usage events reported through the vendor API. */
    Answer report(String... events) {
        StringJoiner list = new StringJoiner(",", "{\"events\":[", "]}");
        for (String e : events) {
            list.add(e);
        }
        return marketplace.vendorApi(USAGE, ConnectorServer.API_TOKEN, list.toString());
    }

    static Instant hoursAgo(int hours) {
        return Instant.now().truncatedTo(ChronoUnit.HOURS).minus(hours, ChronoUnit.HOURS);
    }

    void awaitPushed(String instanceId, int records) {
        Eventually.until(records + " records of " + instanceId + " pushed", TIMERS, () -> db.count(
                "SELECT COUNT(*) FROM usage_record WHERE instance_id = ? AND state = 'DONE'", instanceId) == records);
    }
}
