package org.kgconnector.systemtest.saas;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kgconnector.systemtest.ConnectorServer;

/** The SaaS V2 scenarios against the EAR on Payara Server with the embedded H2 default. */
class SaasV2OnH2IT {

    @RegisterExtension
    static final ConnectorServer SERVER = ConnectorServer.onH2();

    @Nested
    class Lifecycle extends SaasV2Scenarios {
        @Override
        ConnectorServer server() {
            return SERVER;
        }
    }

    @Nested
    class Rejections extends RejectedCallScenarios {
        @Override
        ConnectorServer server() {
            return SERVER;
        }
    }
}
