package org.kgconnector.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.kgconnector.platform.schema.DatabaseProbe;

/** Ready while the connector's database hands out valid connections. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    ConnectorStatus status;

    @Override
    public HealthCheckResponse call() {
        DatabaseProbe.State database = status.database();
        return HealthCheckResponse.named("koogallery-database").status(database.up())
                .withData(database.up() ? "product" : "error", database.detail()).build();
    }
}
