package org.kgconnector.systemtest.scenarios;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.kgconnector.systemtest.ConnectorServer;

/** All scenarios against the EAR on Payara Server with the embedded H2 default. */
class ConnectorOnH2IT extends ConnectorSuite {

    @RegisterExtension
    static final ConnectorServer SERVER = ConnectorServer.onH2();

    @Override
    ConnectorServer server() {
        return SERVER;
    }
}
