package org.kgconnector.systemtest.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.assertSigned;
import static org.kgconnector.testsupport.Marketplace.body;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.kgconnector.systemtest.ConnectorServer;
import org.kgconnector.systemtest.PostgresForTests;
import org.kgconnector.testsupport.AdminStatus;
import org.kgconnector.testsupport.Eventually;
import org.kgconnector.testsupport.Marketplace;

/**
 * PostgreSQL stopped under a running connector and started again: meanwhile a callback is answered {@code 000005},
 * signed (the marketplace retries), and the node says its database is down; afterwards the node serves again with
 * the pool the server's script defined (validated at checkout, renewed when a connection fails), without a
 * redeploy, the marketplace's retry goes through once, and the node's timers tick on (its heartbeat is seen again).
 */
abstract class DatabaseOutageScenarios {

    static final String SAAS = "koogallery/saas";

    abstract ConnectorServer server();

    @Test
    void aStoppedDatabaseGives000005AndTheNodeRecoversWithoutARedeploy() throws Exception {
        Marketplace marketplace = new Marketplace(server().baseUri());
        String order = "OUT" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        String create = body("activity", "newInstance", "orderId", order, "orderLineId", order + "-000001",
                "businessId", order);
        PostgresForTests.stop();
        try {
            Eventually.until("the node says its database is down", Duration.ofSeconds(20),
                    () -> databaseUp().equals(Optional.of(false)));
            assertSigned(marketplace.call(SAAS, create), "000005");
        } finally {
            PostgresForTests.start();
        }
        Eventually.until("the node says its database is back", Duration.ofSeconds(60),
                () -> databaseUp().equals(Optional.of(true)));
        String lastBeat = lastHeartbeat();
        assertSigned(marketplace.call(SAAS, create), "000000");
        assertEquals(1, server().database().count("SELECT COUNT(*) FROM saas_instance WHERE order_id = ?", order));
        Eventually.until("the node's heartbeat again (its timer kept ticking)", Duration.ofSeconds(30),
                () -> !lastHeartbeat().equals(lastBeat));
    }

    private String lastHeartbeat() {
        return String.valueOf(server().database().text("SELECT CAST(MAX(seen_at) AS VARCHAR(40)) FROM node_heartbeat"));
    }

    /** What the node's status says of its database; nothing when the node does not answer it with its status. */
    private Optional<Boolean> databaseUp() {
        return AdminStatus.of(server().baseUri(), ConnectorServer.ADMIN_USER, ConnectorServer.ADMIN_PASSWORD)
                .map(status -> status.getBoolean("databaseUp"));
    }
}
