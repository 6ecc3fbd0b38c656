package org.kgconnector.systemtest.scenarios;

import org.junit.jupiter.api.Nested;
import org.kgconnector.systemtest.ConnectorServer;

/**
 * All scenarios against one server: the representative ones and the rest (License families, orders, refusals,
 * hostile input, retention); a subclass per database names the server.
 */
abstract class ConnectorSuite extends RepresentativeScenarios {

    @Nested
    class Rejections extends RejectedCallScenarios {
        @Override
        ConnectorServer server() {
            return ConnectorSuite.this.server();
        }
    }

    @Nested
    class HostileInput extends HostileInputScenarios {
        @Override
        ConnectorServer server() {
            return ConnectorSuite.this.server();
        }
    }

    @Nested
    class Retention extends RetentionScenarios {
        @Override
        ConnectorServer server() {
            return ConnectorSuite.this.server();
        }
    }

    @Nested
    class OnlineLicense extends OnlineLicenseScenarios {
        @Override
        ConnectorServer server() {
            return ConnectorSuite.this.server();
        }
    }

    @Nested
    class LegacyLicense extends LegacyLicenseScenarios {
        @Override
        ConnectorServer server() {
            return ConnectorSuite.this.server();
        }
    }

    @Nested
    class Orders extends OrderScenarios {
        @Override
        ConnectorServer server() {
            return ConnectorSuite.this.server();
        }
    }
}
