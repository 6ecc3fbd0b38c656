package org.kgconnector.saas.usage.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.kgconnector.persistence.job.JobState;
import org.kgconnector.persistence.usage.UsageRecord;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.platform.replay.NonceFirst;
import org.kgconnector.platform.work.BatchClaim;
import org.kgconnector.platform.work.WorkKind;
import org.kgconnector.platform.work.WorkOutcome;
import org.kgconnector.platform.work.WorkFinish;

/**
 * Claims due usage records for one push (a lease per record) and records how the push ended, each in its own
 * transaction; only the holder of a record's lease records its outcome.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Interceptors(NonceFirst.class)
public class UsagePushStore {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    @Inject
    WorkFinish finish;

    @Inject
    ConnectorSettings settings;

    /**
     * Claims up to {@code limit} due records under the lease name {@code owner} and returns them. The due rows are
     * locked with {@code FOR UPDATE SKIP LOCKED}, so two nodes claiming at once take different rows and never wait
     * for each other (waiting on rows in different orders deadlocked under load).
     */
    public List<UsageRecord> claim(String owner, int limit) {
        return BatchClaim.claim(em, "usage_record", UsageRecord.class, UsageRecord.CLAIM, UsageRecord.CLAIMED, owner,
                limit, settings.usageLease());
    }

    /** Marks the records pushed, in one statement (a push is up to 1000 records); only those {@code owner} holds. */
    public void pushed(List<Long> ids, String owner) {
        if (!ids.isEmpty()) {
            em.createNamedQuery(UsageRecord.PUSHED).setParameter("now", Instant.now()).setParameter("ids", ids)
                    .setParameter("owner", owner).executeUpdate();
        }
    }

    /** The marketplace refused the records, or they may not be sent: dead letters for the operator. */
    public void deadLetters(List<Long> ids, String owner, String why) {
        finish(ids, owner, WorkOutcome.giveUp(why));
    }

    public void retryLater(List<Long> ids, String owner, String why) {
        finish(ids, owner, WorkOutcome.retry(why));
    }

    private void finish(List<Long> ids, String owner, WorkOutcome outcome) {
        Instant now = Instant.now();
        ids.forEach(id -> finish.record(em.find(UsageRecord.class, id), owner, outcome, WorkKind.USAGE_PUSH, now));
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
