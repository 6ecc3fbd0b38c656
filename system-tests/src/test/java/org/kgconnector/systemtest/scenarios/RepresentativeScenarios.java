package org.kgconnector.systemtest.scenarios;

import org.junit.jupiter.api.Nested;
import org.kgconnector.systemtest.ConnectorServer;

/**
 * The representative part of the scenarios, run on every server the EAR deploys on (Payara Server, WildFly, Open
 * Liberty): the SaaS V2 lifecycle with concurrent duplicates, V1, Kit with the joint-operation login, license
 * codes, usage pushed to the marketplace double, the admin API, the metrics and the alert hook, the callback
 * reference in answers and the server log, and the operator's console in a browser. A subclass per server and
 * database names it.
 */
abstract class RepresentativeScenarios {

    abstract ConnectorServer server();

    @Nested
    class Lifecycle extends SaasV2Scenarios {
        @Override
        ConnectorServer server() {
            return RepresentativeScenarios.this.server();
        }
    }

    @Nested
    class Legacy extends SaasV1Scenarios {
        @Override
        ConnectorServer server() {
            return RepresentativeScenarios.this.server();
        }
    }

    @Nested
    class Kit extends KitScenarios {
        @Override
        ConnectorServer server() {
            return RepresentativeScenarios.this.server();
        }
    }

    @Nested
    class Sso extends SsoScenarios {
        @Override
        ConnectorServer server() {
            return RepresentativeScenarios.this.server();
        }
    }

    @Nested
    class Admin extends AdminScenarios {
        @Override
        ConnectorServer server() {
            return RepresentativeScenarios.this.server();
        }
    }

    @Nested
    class LicenseCodes extends LicenseCodeScenarios {
        @Override
        ConnectorServer server() {
            return RepresentativeScenarios.this.server();
        }
    }

    @Nested
    class Usage extends UsageScenarios {
        @Override
        ConnectorServer server() {
            return RepresentativeScenarios.this.server();
        }
    }

    @Nested
    class LogReferences extends LogReferenceScenarios {
        @Override
        ConnectorServer server() {
            return RepresentativeScenarios.this.server();
        }
    }

    @Nested
    class Console extends ConsoleScenarios {
        @Override
        ConnectorServer server() {
            return RepresentativeScenarios.this.server();
        }
    }

    @Nested
    class MetricsAndAlerts extends MetricsAndAlertScenarios {
        @Override
        ConnectorServer server() {
            return RepresentativeScenarios.this.server();
        }
    }
}
