package org.kgconnector.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.kgconnector.kit.KitFamily;
import org.kgconnector.kit.sso.boundary.SingleSignOn;
import org.kgconnector.licensing.LicensingFamily;
import org.kgconnector.platform.ledger.LedgerQueue;
import org.kgconnector.platform.schema.SchemaMigrationStartup;

/**
 * Alive once the schema is migrated; tells which product families serve their callbacks, and what keeps the
 * joint-operation login from working (a missing setting is shown here, never as a 5xx to a user), and how many
 * ledger rows are handed over but not yet committed ({@code ledgerBacklog}).
 */
@Liveness
@ApplicationScoped
public class FamiliesLiveness implements HealthCheck {

    @Inject
    SchemaMigrationStartup schema;

    @Inject
    LicensingFamily licensing;

    @Inject
    KitFamily kit;

    @Inject
    SingleSignOn sso;

    @Inject
    LedgerQueue ledger;

    @Override
    public HealthCheckResponse call() {
        String version = schema.version();
        String ssoProblems = String.join("; ", sso.settingProblems());
        return HealthCheckResponse.named("koogallery-connector")
                .status(version != null)
                .withData("schema", version == null ? "not migrated" : version)
                .withData("saas", "serving")
                .withData(licensing.name(), licensing.serving() ? "serving" : "not yet")
                .withData(kit.name(), kit.serving() ? "serving" : "not yet")
                .withData("sso", ssoProblems.isEmpty() ? "configured" : ssoProblems)
                .withData("ledgerBacklog", ledger.backlog())
                .build();
    }
}
