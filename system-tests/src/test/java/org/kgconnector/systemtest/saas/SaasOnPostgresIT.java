package org.kgconnector.systemtest.saas;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.kgconnector.systemtest.ConnectorServer;

/** The SaaS scenarios against the EAR on Payara Server with PostgreSQL (started by the test when needed). */
class SaasOnPostgresIT extends SaasSuite {

    @RegisterExtension
    static final ConnectorServer SERVER = ConnectorServer.onPostgres();

    @Override
    ConnectorServer server() {
        return SERVER;
    }
}
