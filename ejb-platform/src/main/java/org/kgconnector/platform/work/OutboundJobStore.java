package org.kgconnector.platform.work;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kgconnector.persistence.job.BackOff;
import org.kgconnector.persistence.outbound.OutboundJob;
import org.kgconnector.persistence.outbound.OutboundKind;

/** The outbound job rows: creating one within the caller's transaction, claiming and finishing in their own. */
@Stateless
public class OutboundJobStore {

    static final Duration LEASE = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "koogallery.jobs.max-attempts", defaultValue = "10")
    int maxAttempts;

    /** The job of (kind, subject, line), created in the caller's transaction when there is none yet. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public OutboundJob ensure(OutboundKind kind, String subject, String line) {
        List<OutboundJob> found = em.createNamedQuery(OutboundJob.FIND, OutboundJob.class).setParameter("kind", kind)
                .setParameter("subject", subject).setParameter("line", line == null ? "" : line).getResultList();
        if (!found.isEmpty()) {
            return found.get(0);
        }
        OutboundJob job = new OutboundJob(kind, subject, line, Instant.now());
        em.persist(job);
        em.flush();
        return job;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<OutboundJob> claim(long jobId, String owner) {
        Instant now = Instant.now();
        int claimed = em.createNamedQuery(OutboundJob.CLAIM).setParameter("owner", owner)
                .setParameter("until", now.plus(LEASE)).setParameter("id", jobId).setParameter("now", now)
                .executeUpdate();
        return claimed == 1 ? Optional.of(em.find(OutboundJob.class, jobId)) : Optional.empty();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(int limit) {
        return em.createNamedQuery(OutboundJob.DUE, Long.class).setParameter("now", Instant.now())
                .setMaxResults(limit).getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long jobId, WorkResult result) {
        Instant now = Instant.now();
        OutboundJob job = em.find(OutboundJob.class, jobId);
        switch (result.kind()) {
            case DONE -> job.done(now);
            case RETRY -> job.attemptFailed(result.message(), maxAttempts, BackOff.afterAttempts(job.getAttempts() + 1), now);
            case GIVE_UP -> job.refused(result.message(), now);
            default -> throw new IllegalStateException("unknown result " + result.kind());
        }
    }
}
