package org.kgconnector.platform.schema;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.logging.Logger;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.persistence.schema.ConnectorDataSource;
import org.kgconnector.persistence.schema.DatabaseMigrator;

/** Migrates the schema when the application starts, before the first callback is served. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrationStartup {

    private static final Logger LOG = ConnectorLog.logger(SchemaMigrationStartup.class);

    @PersistenceUnit(unitName = ConnectorDataSource.UNIT)
    private EntityManagerFactory unit;

    private String version;

    @PostConstruct
    void migrate() {
        version = DatabaseMigrator.migrate(ConnectorDataSource.of(unit));
        LOG.info(() -> "KooGallery connector schema at version " + version);
    }

    public String version() {
        return version;
    }
}
