package org.kgconnector.platform.work;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kgconnector.persistence.outbound.OutboundJob;
import org.kgconnector.persistence.outbound.OutboundKind;
import org.kgconnector.platform.replay.NonceFirst;

/** The outbound job rows: creating one within the caller's transaction, claiming and finishing in their own. */
@Stateless
@Interceptors(NonceFirst.class)
public class OutboundJobStore {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    @Inject
    WorkFinish finish;

    /** The kind of durable work an outbound job is. */
    public static WorkKind kindOf(OutboundKind kind) {
        return switch (kind) {
            case FETCH_ORDER -> WorkKind.ORDER_FETCH;
            case UPLOAD_LICENSE -> WorkKind.LICENSE_UPLOAD;
            case ALERT -> WorkKind.ALERT;
        };
    }

    /** The job of (kind, subject, line), created in the caller's transaction when there is none yet. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OutboundJob ensure(OutboundKind kind, String subject, String line) {
        return ensure(kind, subject, line, null);
    }

    /**
     * The job of (kind, subject, line), created with {@code payload} in the caller's transaction when there is none
     * yet; an existing job keeps its own. A concurrent duplicate fails the caller's commit on the unique key: run it
     * through {@code ConstraintRetry}, whose second run finds the winner's job.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OutboundJob ensure(OutboundKind kind, String subject, String line, String payload) {
        List<OutboundJob> found = em.createNamedQuery(OutboundJob.FIND, OutboundJob.class).setParameter("kind", kind)
                .setParameter("subject", subject).setParameter("line", line == null ? "" : line).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        OutboundJob job = new OutboundJob(kind, subject, line, payload, Instant.now());
        em.persist(job);
        em.flush();
        return job;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<OutboundJob> claim(long jobId, String owner) {
        return WorkLeases.claim(em, OutboundJob.class, jobId, owner, WorkLeases.LEASE, null)
                ? Optional.of(em.find(OutboundJob.class, jobId)) : Optional.empty();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(int limit) {
        return WorkLeases.due(em, OutboundJob.class, limit, null);
    }

    /** Records the attempt of {@code owner}; nothing when its lease was lost to another node. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean finish(long jobId, String owner, WorkOutcome outcome) {
        OutboundJob job = em.find(OutboundJob.class, jobId);
        return finish.record(job, owner, outcome, kindOf(job.getKind()), Instant.now());
    }
}
