package org.kgconnector.systemtest.scenarios;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kgconnector.systemtest.ConnectorServer;

/** All scenarios against the EAR on Payara Server with PostgreSQL (started by the test when needed). */
class ConnectorOnPostgresIT extends ConnectorSuite {

    @RegisterExtension
    static final ConnectorServer SERVER = ConnectorServer.onPostgres();

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
