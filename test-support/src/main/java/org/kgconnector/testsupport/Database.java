package org.kgconnector.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads the connector's database directly, to check what a call did or did not change. */
public final class Database {

    private final String url;
    private final String user;
    private final String password;

    public Database(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public long count(String sql, Object... parameters) {
        return ((Number) single(sql, parameters)).longValue();
    }

    public String text(String sql, Object... parameters) {
        Object value = single(sql, parameters);
        return value == null ? null : value.toString();
    }

    public List<String> column(String sql, Object... parameters) {
        return query(sql, parameters, rs -> {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        });
    }

    private Object single(String sql, Object... parameters) {
        return query(sql, parameters, rs -> {
            if (!rs.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            return rs.getObject(1);
        });
    }

    /** Reads a result set; may throw what JDBC throws. */
    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(String sql, Object[] parameters, Reader<T> reader) {
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement s = prepare(c, sql, parameters);
             ResultSet rs = s.executeQuery()) {
            return reader.read(rs);
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }

    /** Runs an insert, update or delete with parameters; how many rows it changed. */
    public int update(String sql, Object... parameters) {
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement s = prepare(c, sql, parameters)) {
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("statement failed: " + sql, e);
        }
    }

    /**
     * Holds the rows the {@code SELECT … FOR UPDATE} locks, in a transaction of its own, while {@code whileLocked}
     * runs; then rolls back.
     */
    public void whileLocked(String selectForUpdate, Runnable whileLocked, Object... parameters) {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            try (PreparedStatement s = prepare(c, selectForUpdate, parameters); ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("nothing to lock: " + selectForUpdate);
                }
                whileLocked.run();
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not hold the lock: " + selectForUpdate, e);
        }
    }

    /** Runs a statement (used to reset a database before a run). */
    public void execute(String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password);
             PreparedStatement s = c.prepareStatement(sql)) {
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("statement failed: " + sql, e);
        }
    }
}
