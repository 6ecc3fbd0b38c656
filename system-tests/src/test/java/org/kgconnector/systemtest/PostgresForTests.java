package org.kgconnector.systemtest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.kgconnector.testsupport.Database;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL the system tests run against: the machine's PostgreSQL 15 on 127.0.0.1:5432, started and given a
 * {@code kg} role and database when it is not running. Mandatory when {@code CI=true}; elsewhere, when it cannot
 * be had, the PostgreSQL tests are skipped with a plain message.
 */
public final class PostgresForTests {

    public static final String URL = "jdbc:postgresql://127.0.0.1:5432/kg";
    /**
     * The connector's URL of the same database, with the timeouts the README recommends: a connection within 3 s, a
     * statement cancelled after 3 s, a lock waited for 2 s at most, a silent socket given up after 4 s.
     */
    public static final String CONNECTOR_URL = URL + "?connectTimeout=3&socketTimeout=4"
            + "&options=-c%20statement_timeout%3D3000%20-c%20lock_timeout%3D2000";
    public static final String USER = "kg";
    public static final String PASSWORD = "kg";

    private PostgresForTests() {
    }

    /**
     * The {@code KOOGALLERY_DATASOURCE_*} variables from which a server script defines the connector's pool on this
     * database, with the driver jar the build copied for it.
     */
    public static java.util.Map<String, String> connectorDatasource() {
        return java.util.Map.of(
                "KOOGALLERY_DATASOURCE_URL", CONNECTOR_URL,
                "KOOGALLERY_DATASOURCE_USER", USER,
                "KOOGALLERY_DATASOURCE_PASSWORD", PASSWORD,
                "KOOGALLERY_DATASOURCE_DRIVER_JAR", System.getProperty("connector.jdbc.postgresql"));
    }

    /** Makes sure the database is there and empty, or skips (fails on CI). */
    public static Database freshDatabase() {
        if (!canLogIn()) {
            startAndProvision();
        }
        if (!canLogIn()) {
            String message = "PostgreSQL 15 is not available on 127.0.0.1:5432 (tried `pg_ctlcluster 15 main start`): "
                    + "the PostgreSQL system tests are SKIPPED";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message.replace("SKIPPED", "mandatory on CI and cannot run"));
            }
            System.out.println("*** " + message + " ***");
            Assumptions.abort(message);
        }
        Database db = new Database(URL, USER, PASSWORD);
        db.execute("DROP SCHEMA IF EXISTS public CASCADE");
        db.execute("CREATE SCHEMA public");
        return db;
    }

    private static boolean canLogIn() {
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress("127.0.0.1", 5432), 1000);
        } catch (IOException closed) {
            return false;
        }
        try (var c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void startAndProvision() {
        run(List.of("pg_ctlcluster", "15", "main", "start"));
        run(List.of("runuser", "-u", "postgres", "--", "psql", "-q", "-c",
                "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='kg') THEN "
                        + "CREATE ROLE kg LOGIN PASSWORD 'kg'; END IF; END$$;"));
        run(List.of("runuser", "-u", "postgres", "--", "createdb", "-O", "kg", "kg"));
    }

    /**
     * Stops the machine's PostgreSQL (a database outage, for the recovery tests); skips (fails on CI) where this
     * process may not, as a non-root user.
     */
    public static void stop() {
        if (!run(List.of("pg_ctlcluster", "15", "main", "stop", "-m", "fast"))) {
            String message = "PostgreSQL cannot be stopped from here (pg_ctlcluster needs root): the outage test is SKIPPED";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message.replace("SKIPPED", "mandatory on CI and cannot run"));
            }
            System.out.println("*** " + message + " ***");
            Assumptions.abort(message);
        }
    }

    /** Starts it again after {@link #stop()}; the data is as it was. */
    public static void start() {
        if (!run(List.of("pg_ctlcluster", "15", "main", "start")) || !canLogIn()) {
            throw new IllegalStateException("PostgreSQL did not start again");
        }
    }

    private static boolean run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false; // not installed here: canLogIn() decides what follows
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
