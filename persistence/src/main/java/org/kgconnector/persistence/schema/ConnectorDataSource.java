package org.kgconnector.persistence.schema;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * The connector's database pool, as the persistence unit was given it. The EAR names its database once, in
 * {@code persistence.xml}: {@code jdbc/koogallery}, bound by the deployer to a pool defined on the server (Payara:
 * the JDBC resource of that name; Open Liberty: a {@code dataSource} with that {@code jndiName}; WildFly: a data
 * source at {@code java:/jdbc/koogallery}, where WildFly looks a relative unit data source up). The schema migration
 * and the readiness check take the pool from here rather than naming it again: a relative name in a resource
 * reference means the component's own {@code java:comp/env} on WildFly, so no second name is portable.
 */
public final class ConnectorDataSource {

    /** The persistence unit that every family shares. */
    public static final String UNIT = "koogallery";

    private ConnectorDataSource() {
    }

    /** The pool behind {@code unit}. */
    public static DataSource of(EntityManagerFactory unit) {
        return unit.unwrap(SessionFactoryImplementor.class).getServiceRegistry()
                .requireService(ConnectionProvider.class).unwrap(DataSource.class);
    }
}
