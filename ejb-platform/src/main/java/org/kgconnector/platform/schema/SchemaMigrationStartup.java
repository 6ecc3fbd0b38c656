package org.kgconnector.platform.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.kgconnector.persistence.schema.DatabaseMigrator;

/** Migrates the schema when the application starts, before the first callback is served. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrationStartup {

    private static final Logger LOG = Logger.getLogger(SchemaMigrationStartup.class.getName());

    @Resource(lookup = "java:app/jdbc/koogallery")
    private DataSource dataSource;

    private String version;

    @PostConstruct
    void migrate() {
        version = DatabaseMigrator.migrate(dataSource);
        LOG.info(() -> "KooGallery connector schema at version " + version);
    }

    public String version() {
        return version;
    }
}
