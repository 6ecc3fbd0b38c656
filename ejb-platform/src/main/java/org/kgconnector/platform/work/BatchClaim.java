package org.kgconnector.platform.work;

import jakarta.persistence.EntityManager;
import org.kgconnector.persistence.job.LeasedWork;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Claims a batch of due {@link LeasedWork} rows for one node, in the caller's transaction: the due rows are
 * locked with {@code FOR UPDATE SKIP LOCKED} (two nodes claiming at once take different rows and never wait for
 * each other — waiting on rows in different orders deadlocked under load), leased to {@code owner} by the
 * entity's claim query, and read back by its claimed query.
 */
public final class BatchClaim {

    private BatchClaim() {
    }

    /**
     * @param table        the entity's table (a constant of the caller, never user input)
     * @param claimQuery   named update with parameters {@code owner}, {@code until}, {@code ids}, {@code now}
     * @param claimedQuery named select of the rows leased to {@code owner}
     */
    public static <T extends LeasedWork> List<T> claim(EntityManager em, String table, Class<T> type,
                                                       String claimQuery, String claimedQuery, String owner,
                                                       int limit, Duration lease) {
        Instant now = Instant.now();
        @SuppressWarnings("unchecked")
        List<Number> locked = em.createNativeQuery("SELECT id FROM " + table + " WHERE state = 'PENDING'"
                        + " AND next_attempt_at <= ?1 AND (lease_until IS NULL OR lease_until < ?1)"
                        + " ORDER BY next_attempt_at FETCH FIRST " + limit + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                .setParameter(1, now).getResultList();
        if (locked.isEmpty()) {
            return List.of();
        }
        em.createNamedQuery(claimQuery).setParameter("owner", owner).setParameter("until", now.plus(lease))
                .setParameter("ids", locked.stream().map(Number::longValue).toList()).setParameter("now", now)
                .executeUpdate();
        return em.createNamedQuery(claimedQuery, type).setParameter("owner", owner).getResultList();
    }
}
