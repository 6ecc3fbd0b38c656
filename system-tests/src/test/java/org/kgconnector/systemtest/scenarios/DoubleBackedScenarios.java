package org.kgconnector.systemtest.scenarios;

import org.junit.jupiter.api.BeforeEach;
import org.kgconnector.systemtest.ConnectorServer;
import org.kgconnector.testsupport.Database;
import org.kgconnector.testsupport.Marketplace;
import org.kgconnector.testsupport.MarketplaceDouble;

/**
 * Scenarios that involve the marketplace's open APIs: the callback emulator, the marketplace double (reset to a
 * healthy, accepting marketplace before each test) and the database of one server.
 */
abstract class DoubleBackedScenarios {

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
}
