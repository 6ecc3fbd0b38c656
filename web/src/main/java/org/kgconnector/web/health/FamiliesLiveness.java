package org.kgconnector.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive once the schema is migrated; tells which product families serve their callbacks, and what keeps the
 * joint-operation login from working (a missing setting is shown here, never as a 5xx to a user), and how many
 * ledger rows are handed over but not yet committed ({@code ledgerBacklog}).
 */
@Liveness
@ApplicationScoped
public class FamiliesLiveness implements HealthCheck {

    @Inject
    ConnectorStatus status;

    @Override
    public HealthCheckResponse call() {
        String version = status.schemaVersion();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("koogallery-connector")
                .status(version != null)
                .withData("schema", version == null ? "not migrated" : version);
        status.families().forEach(response::withData);
        return response.withData("ledgerBacklog", status.ledgerBacklog()).build();
    }
}
