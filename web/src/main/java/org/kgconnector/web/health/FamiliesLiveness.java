package org.kgconnector.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.kgconnector.kit.KitFamily;
import org.kgconnector.licensing.LicensingFamily;
import org.kgconnector.saas.platform.SchemaMigrationStartup;

/** Alive once the schema is migrated; tells which product families serve their callbacks. */
@Liveness
@ApplicationScoped
public class FamiliesLiveness implements HealthCheck {

    @Inject
    SchemaMigrationStartup schema;

    @Inject
    LicensingFamily licensing;

    @Inject
    KitFamily kit;

    @Override
    public HealthCheckResponse call() {
        String version = schema.version();
        return HealthCheckResponse.named("koogallery-connector")
                .status(version != null)
                .withData("schema", version == null ? "not migrated" : version)
                .withData("saas", "serving")
                .withData(licensing.name(), licensing.serving() ? "serving" : "not yet")
                .withData(kit.name(), kit.serving() ? "serving" : "not yet")
                .build();
    }
}
