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
import org.kgconnector.persistence.log.ConnectorLog;

/**
 * What the operator does to durable work: <em>retry now</em> puts given-up or waiting work back in line, due at
 * once, with its attempts counted afresh (the next timer round on any node runs it); <em>give up</em> ends waiting
 * work for good. Neither touches work a node is running now (its lease is live), nor finished work.
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
        if (work.getState() == JobState.DONE || running(work, now)) {
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
        if (work.getState() != JobState.PENDING || running(work, now)) {
            return Outcome.CONFLICT;
        }
        work.refused("given up by " + operator, now);
        LOG.info(() -> operator + " gave up " + kind + " job " + id);
        return Outcome.DONE;
    }

    private static boolean running(LeasedWork work, Instant now) {
        return work.getLeaseUntil() != null && work.getLeaseUntil().isAfter(now);
    }
}
