package org.kgconnector.systemtest.saas;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.kgconnector.systemtest.ConnectorServer;

/** The SaaS V2 scenarios against the EAR on Payara Server with the embedded H2 default. */
class SaasV2OnH2IT extends SaasV2Suite {

    @RegisterExtension
    static final ConnectorServer SERVER = ConnectorServer.onH2();

    @Override
    ConnectorServer server() {
        return SERVER;
    }
}
