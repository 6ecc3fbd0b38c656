package org.kgconnector.persistence.retry;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs a write transaction again when it lost a race: a concurrent duplicate inserted the same unique row
 * first, or the database gave up waiting for its lock. The second run reads the winner's row.
 */
public final class ConstraintRetry {

    private static final int ATTEMPTS = 4;

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

    static boolean isDatabaseConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException || t instanceof PersistenceException) {
                return true;
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
