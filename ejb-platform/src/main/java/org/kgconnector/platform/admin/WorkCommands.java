package org.kgconnector.platform.admin;

import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;
import org.kgconnector.persistence.job.JobState;
import org.kgconnector.persistence.job.LeasedWork;
import org.kgconnector.persistence.job.ProvisioningJob;
import org.kgconnector.persistence.outbound.OutboundJob;
import org.kgconnector.platform.replay.NonceFirst;
import org.kgconnector.protocol.log.ConnectorLog;

/**
 * What the operator does to durable work: <em>retry now</em> puts given-up or waiting work back in line, due at
 * once, with its attempts counted afresh (the next timer round on any node runs it); <em>give up</em> ends waiting
 * work for good. Neither touches work a node holds (claimed and not finished), nor finished work; a provisioning job
 * a later job of its instance has overtaken is not run again.
 */
@Stateless
@Interceptors(NonceFirst.class)
public class WorkCommands {

    /** How a command ended. */
    public enum Outcome {
        DONE,
        /** No such work. */
        NOT_FOUND,
        /** The work is finished, or a node runs it right now: nothing changed. */
        CONFLICT
    }

    /** The two kinds of job the operator acts on. */
    public enum JobKind {
        PROVISIONING(ProvisioningJob.class),
        OUTBOUND(OutboundJob.class);

        private final Class<? extends LeasedWork> type;

        JobKind(Class<? extends LeasedWork> type) {
            this.type = type;
        }
    }

    private static final Logger LOG = ConnectorLog.logger(WorkCommands.class);

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    public Outcome retryNow(JobKind kind, long id, String operator) {
        LeasedWork work = em.find(kind.type, id, LockModeType.PESSIMISTIC_WRITE);
        if (work == null) {
            return Outcome.NOT_FOUND;
        }
        Instant now = Instant.now();
        if (work.getState() == JobState.DONE || running(work) || overtaken(work)) {
            return Outcome.CONFLICT;
        }
        work.retryNow(now);
        LOG.info(() -> operator + " put " + kind + " job " + id + " back in line");
        return Outcome.DONE;
    }

    public Outcome giveUp(JobKind kind, long id, String operator) {
        LeasedWork work = em.find(kind.type, id, LockModeType.PESSIMISTIC_WRITE);
        if (work == null) {
            return Outcome.NOT_FOUND;
        }
        Instant now = Instant.now();
        if (work.getState() != JobState.PENDING || running(work)) {
            return Outcome.CONFLICT;
        }
        work.refused("given up by " + operator, now);
        LOG.info(() -> operator + " gave up " + kind + " job " + id);
        return Outcome.DONE;
    }

    /**
     * Whether a node holds the work: a claim sets its owner and only its end clears it, so work whose lease ran out
     * while its node still runs it (or that a dead node left) is held until a node finishes it.
     */
    private static boolean running(LeasedWork work) {
        return work.getLeaseOwner() != null;
    }

    /**
     * Whether a provisioning job has been overtaken by a later one of its instance that is waiting or done: run
     * again now, it would change the instance out of order (a create after its release).
     */
    private boolean overtaken(LeasedWork work) {
        return work instanceof ProvisioningJob job && em.createQuery("SELECT COUNT(j) FROM ProvisioningJob j"
                        + " WHERE j.instanceId = :instance AND j.id > :id AND j.state <> :failed", Long.class)
                .setParameter("instance", job.getInstanceId()).setParameter("id", job.getId())
                .setParameter("failed", JobState.FAILED).getSingleResult() > 0;
    }
}
