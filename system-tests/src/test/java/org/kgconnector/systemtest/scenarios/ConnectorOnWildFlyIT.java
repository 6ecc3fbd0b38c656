package org.kgconnector.systemtest.scenarios;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kgconnector.systemtest.ConnectorServer;

/** The representative scenarios against the same EAR on WildFly 39 with PostgreSQL. */
class ConnectorOnWildFlyIT extends RepresentativeScenarios {

    @RegisterExtension
    static final ConnectorServer SERVER = ConnectorServer.onWildFly();

    @Override
    ConnectorServer server() {
        return SERVER;
    }

    @Nested
    class DatabaseOutage extends DatabaseOutageScenarios {
        @Override
        ConnectorServer server() {
            return SERVER;
        }
    }
}
