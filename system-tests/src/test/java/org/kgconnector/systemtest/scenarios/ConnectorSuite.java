package org.kgconnector.systemtest.scenarios;

import org.junit.jupiter.api.Nested;
import org.kgconnector.systemtest.ConnectorServer;

/** All scenarios (SaaS V2 and V1, Kit, SSO, License families, orders, usage, admin, refusals, hostile input) against one server; a subclass per database names the server. */
abstract class ConnectorSuite {

    abstract ConnectorServer server();

    @Nested
    class Lifecycle extends SaasV2Scenarios {
        @Override
        ConnectorServer server() {
            return ConnectorSuite.this.server();
        }
    }

    @Nested
    class Legacy extends SaasV1Scenarios {
        @Override
        ConnectorServer server() {
            return ConnectorSuite.this.server();
        }
    }

    @Nested
    class Kit extends KitScenarios {
        @Override
        ConnectorServer server() {
            return ConnectorSuite.this.server();
        }
    }

    @Nested
    class Sso extends SsoScenarios {
        @Override
        ConnectorServer server() {
            return ConnectorSuite.this.server();
        }
    }

    @Nested
    class Admin extends AdminScenarios {
        @Override
        ConnectorServer server() {
            return ConnectorSuite.this.server();
        }
    }

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
    class LicenseCodes extends LicenseCodeScenarios {
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

    @Nested
    class Usage extends UsageScenarios {
        @Override
        ConnectorServer server() {
            return ConnectorSuite.this.server();
        }
    }
}
