package org.kgconnector.systemtest.saas;

import org.junit.jupiter.api.Nested;
import org.kgconnector.systemtest.ConnectorServer;

/** All SaaS V2 scenarios against one server; a subclass per database names the server. */
abstract class SaasV2Suite {

    abstract ConnectorServer server();

    @Nested
    class Lifecycle extends SaasV2Scenarios {
        @Override
        ConnectorServer server() {
            return SaasV2Suite.this.server();
        }
    }

    @Nested
    class Rejections extends RejectedCallScenarios {
        @Override
        ConnectorServer server() {
            return SaasV2Suite.this.server();
        }
    }
}
