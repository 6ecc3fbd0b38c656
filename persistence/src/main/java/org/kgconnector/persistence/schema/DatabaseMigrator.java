package org.kgconnector.persistence.schema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the newest version with the migrations packaged in this jar ({@link ListedMigrations}). Safe
 * to run on every start and from several nodes at once (Flyway locks the schema history while it migrates).
 */
public final class DatabaseMigrator {

    public static final String LOCATION = "classpath:db/migration";

    private DatabaseMigrator() {
    }

    /** Migrates and returns the schema version now in force. */
    public static String migrate(DataSource dataSource) {
        ClassLoader loader = DatabaseMigrator.class.getClassLoader();
        Flyway flyway = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations(LOCATION)
                .resourceProvider(new ListedMigrations(loader))
                .load();
        MigrateResult result = flyway.migrate();
        if (flyway.info().current() == null) {
            throw new IllegalStateException("no schema migration was found at " + LOCATION);
        }
        return result.targetSchemaVersion != null ? result.targetSchemaVersion
                : flyway.info().current().getVersion().getVersion();
    }
}
