package org.kgconnector.platform.schema;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import org.kgconnector.persistence.schema.ConnectorDataSource;

/** Whether the connector's pool hands out a valid connection, for the health check and the node status. */
@ApplicationScoped
public class DatabaseProbe {

    /** The answer: up or not, and the database product, or why there is no connection (never a secret). */
    public record State(boolean up, String detail) {
    }

    @PersistenceUnit(unitName = ConnectorDataSource.UNIT)
    EntityManagerFactory unit;

    public State check() {
        try (Connection connection = ConnectorDataSource.of(unit).getConnection()) {
            return new State(connection.isValid(2), connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            return new State(false, e.getSQLState() == null ? "no connection" : "SQLState " + e.getSQLState());
        }
    }
}
