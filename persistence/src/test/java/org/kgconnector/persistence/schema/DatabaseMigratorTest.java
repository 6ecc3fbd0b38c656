package org.kgconnector.persistence.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class DatabaseMigratorTest {

    @Test
    void migratesAnEmptyH2DatabaseOnceAndIsIdempotent() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:migrator;DB_CLOSE_DELAY=-1");
        assertEquals("11", DatabaseMigrator.migrate(ds));
        assertEquals("11", DatabaseMigrator.migrate(ds));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO used_nonce (key_id, nonce, used_at) VALUES ('base#0:00000000', 'n1', CURRENT_TIMESTAMP)");
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO used_nonce (key_id, nonce, used_at) VALUES ('base#0:00000000', 'n1', CURRENT_TIMESTAMP)"));
            String grant = "INSERT INTO license_grant (instance_id, event_id, fingerprint_sha256, effective_time, test_call,"
                    + " created_at) VALUES ('RA1', 'E1', 'f', CURRENT_TIMESTAMP, FALSE, CURRENT_TIMESTAMP)";
            s.executeUpdate(grant);
            assertThrows(SQLException.class, () -> s.executeUpdate(grant), "one license per event and device");
            assertEquals(1, s.executeUpdate("UPDATE cluster_lease SET owner = 'n' WHERE name = 'retention'"),
                    "the retention lease exists");
            String callback = "INSERT INTO inbound_callback (received_at, duration_ms, http_method, address, verification,"
                    + " body_bytes, result_code, ref) VALUES (CURRENT_TIMESTAMP, 1, 'POST', '/saas', 'VERIFIED', 0, '000000', %s)";
            s.executeUpdate(callback.formatted("NULL"));
            s.executeUpdate(callback.formatted("NULL"));
            s.executeUpdate(callback.formatted("'0123456789abcdef'"));
            assertThrows(SQLException.class, () -> s.executeUpdate(callback.formatted("'0123456789abcdef'")),
                    "one row per callback reference; rows from before it have none");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IN ('1', '2', '3', '4', '5', '6', '7')")) {
                rs.next();
                assertEquals(7, rs.getInt(1));
            }
        }
    }
}
