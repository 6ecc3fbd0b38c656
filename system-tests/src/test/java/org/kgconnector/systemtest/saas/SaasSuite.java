package org.kgconnector.systemtest.saas;

import org.junit.jupiter.api.Nested;
import org.kgconnector.systemtest.ConnectorServer;

/** All SaaS scenarios (V2 and legacy V1) against one server; a subclass per database names the server. */
abstract class SaasSuite {

    abstract ConnectorServer server();

    @Nested
    class Lifecycle extends SaasV2Scenarios {
        @Override
        ConnectorServer server() {
            return SaasSuite.this.server();
        }
    }

    @Nested
    class Legacy extends SaasV1Scenarios {
        @Override
        ConnectorServer server() {
            return SaasSuite.this.server();
        }
    }

    @Nested
    class Admin extends AdminScenarios {
        @Override
        ConnectorServer server() {
            return SaasSuite.this.server();
        }
    }

    @Nested
    class Rejections extends RejectedCallScenarios {
        @Override
        ConnectorServer server() {
            return SaasSuite.this.server();
        }
    }
}
