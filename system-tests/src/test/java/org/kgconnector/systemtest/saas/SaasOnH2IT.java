package org.kgconnector.systemtest.saas;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.kgconnector.systemtest.ConnectorServer;

/** The SaaS scenarios against the EAR on Payara Server with the embedded H2 default. */
class SaasOnH2IT extends SaasSuite {

    @RegisterExtension
    static final ConnectorServer SERVER = ConnectorServer.onH2();

    @Override
    ConnectorServer server() {
        return SERVER;
    }
}
