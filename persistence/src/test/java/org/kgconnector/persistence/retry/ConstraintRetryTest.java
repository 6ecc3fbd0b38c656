package org.kgconnector.persistence.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConstraintRetryTest {

    private static PersistenceException wrapped(String sqlState) {
        return new PersistenceException("could not execute statement",
                new RuntimeException("driver", new SQLException("database says", sqlState)));
    }

    @Test
    void lostRacesAreConflictsAndNothingElseIs() {
        for (String state : new String[] {"23505", "40001", "40P01", "90131"}) {
            assertTrue(ConstraintRetry.isDatabaseConflict(wrapped(state)), state);
        }
        for (String state : new String[] {"23502", "23503", "42P01", "08001", "22001", "HYT00", "57014", null}) {
            assertFalse(ConstraintRetry.isDatabaseConflict(wrapped(state)), String.valueOf(state));
        }
        assertFalse(ConstraintRetry.isDatabaseConflict(new PersistenceException("no SQL state at all")));
        SQLException batch = new SQLException("batch failed", "XX000");
        batch.setNextException(new SQLException("duplicate key", "23505"));
        assertTrue(ConstraintRetry.isDatabaseConflict(new EJBException(new PersistenceException(batch))));
        assertTrue(ConstraintRetry.isDatabaseConflict(new EJBException(new jakarta.persistence.OptimisticLockException(
                "row was updated by another transaction"))), "a versioned row changed under us is a lost race too");
    }

    @Test
    void aLostRaceIsRunAgainAndARealFailureIsNot() {
        AtomicInteger runs = new AtomicInteger();
        assertEquals("second", ConstraintRetry.call(() -> {
            if (runs.incrementAndGet() == 1) {
                throw wrapped("23505");
            }
            return "second";
        }));
        assertEquals(2, runs.get());

        AtomicInteger failures = new AtomicInteger();
        assertThrows(PersistenceException.class, () -> ConstraintRetry.call(() -> {
            failures.incrementAndGet();
            throw wrapped("42P01");
        }));
        assertEquals(1, failures.get(), "a real bug is not retried");
    }
}
