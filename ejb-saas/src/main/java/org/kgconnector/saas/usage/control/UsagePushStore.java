package org.kgconnector.saas.usage.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kgconnector.persistence.job.BackOff;
import org.kgconnector.persistence.job.BatchClaim;
import org.kgconnector.persistence.job.JobState;
import org.kgconnector.persistence.usage.UsageRecord;

/** Claims due usage records for one push (a lease per record) and records how the push ended, each in its own transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class UsagePushStore {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "koogallery.jobs.max-attempts", defaultValue = "10")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "koogallery.usage.lease", defaultValue = "PT2M")
    Duration lease;

    /**
     * Claims up to {@code limit} due records under the lease name {@code owner} and returns them. The due rows are
     * locked with {@code FOR UPDATE SKIP LOCKED}, so two nodes claiming at once take different rows and never wait
     * for each other (waiting on rows in different orders deadlocked under load).
     */
    public List<UsageRecord> claim(String owner, int limit) {
        return BatchClaim.claim(em, "usage_record", UsageRecord.class, UsageRecord.CLAIM, UsageRecord.CLAIMED, owner,
                limit, lease);
    }

    /** Marks the records pushed, in one statement (a push is up to 1000 records). */
    public void pushed(List<Long> ids) {
        if (!ids.isEmpty()) {
            em.createNamedQuery(UsageRecord.PUSHED).setParameter("now", Instant.now()).setParameter("ids", ids)
                    .executeUpdate();
        }
    }

    /** The marketplace refused the records, or they may not be sent: dead letters for the operator. */
    public void deadLetters(List<Long> ids, String why) {
        Instant now = Instant.now();
        ids.forEach(id -> em.find(UsageRecord.class, id).refused(why, now));
    }

    public void retryLater(List<Long> ids, String why) {
        Instant now = Instant.now();
        for (Long id : ids) {
            UsageRecord record = em.find(UsageRecord.class, id);
            record.attemptFailed(why, maxAttempts, BackOff.afterAttempts(record.getAttempts() + 1), now);
        }
    }

    /** Puts a dead letter back in line after the operator corrected its cause; same record, same value. */
    public boolean repush(long id) {
        UsageRecord record = em.find(UsageRecord.class, id);
        if (record == null || record.getState() != JobState.FAILED) {
            return false;
        }
        record.retryNow(Instant.now());
        return true;
    }
}
