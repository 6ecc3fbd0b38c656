package org.kgconnector.persistence.retry;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs a write transaction again when it lost a race: a concurrent duplicate inserted the same unique row first
 * ({@code 23505}), the database ended it as a serialization failure or deadlock ({@code 40001}, PostgreSQL's
 * {@code 40P01}; H2's concurrent update {@code 90131}), or another transaction changed a versioned row it had read
 * (an optimistic lock failure). The second run reads the winner's row. Any other failure is a real one and goes to
 * the caller at once: a lock or statement timeout ({@code HYT00}, {@code 57014}) above all, since a database that
 * holds a lock that long will not let the callback's budget be kept by trying again.
 */
public final class ConstraintRetry {

    private static final int ATTEMPTS = 4;
    private static final Set<String> CONFLICTS = Set.of("23505", "40001", "40P01", "90131");
    private static final String HIBERNATE_STALE_STATE = "org.hibernate.StaleStateException";
    private static final String HIBERNATE_STALE_OBJECT = "org.hibernate.StaleObjectStateException";

    private ConstraintRetry() {
    }

    public static <T> T call(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (EJBException | PersistenceException e) {
                if (attempt >= ATTEMPTS || !isDatabaseConflict(e)) {
                    throw e;
                }
                pause(attempt);
            }
        }
    }

    /** Whether the cause chain says the transaction lost a race (see the class comment). */
    static boolean isDatabaseConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t.getClass().getName().equals(HIBERNATE_STALE_STATE)
                    || t.getClass().getName().equals(HIBERNATE_STALE_OBJECT)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && CONFLICTS.contains(s.getSQLState())) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(20L * attempt);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new EJBException("interrupted while retrying a conflicting write");
        }
    }
}
