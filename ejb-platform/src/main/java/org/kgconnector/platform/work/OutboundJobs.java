package org.kgconnector.platform.work;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kgconnector.persistence.job.NodeIdentity;
import org.kgconnector.persistence.outbound.OutboundJob;
import org.kgconnector.platform.marketplace.MarketplaceUnavailable;

/**
 * Runs outbound jobs outside any transaction: at once after the change that created them, and from a
 * non-persistent timer on every node for jobs due again or left by a dead node. Each kind has its handler
 * ({@link OutboundWork}) in the module that owns the work.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboundJobs {

    private static final Logger LOG = Logger.getLogger(OutboundJobs.class.getName());
    private static final int SWEEP_BATCH = 50;

    @Inject
    OutboundJobStore store;

    @Inject
    @Any
    Instance<OutboundWork> handlers;

    @Asynchronous
    public Future<Boolean> runAsync(long jobId) {
        return new AsyncResult<>(runIfClaimed(jobId));
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "outbound job sweep")
    public void sweep() {
        for (Long jobId : store.due(SWEEP_BATCH)) {
            runIfClaimed(jobId);
        }
    }

    /** Claims the job and, if this node got it, makes the call and records the outcome. */
    public boolean runIfClaimed(long jobId) {
        Optional<OutboundJob> claimed = store.claim(jobId, NodeIdentity.name());
        if (claimed.isEmpty()) {
            return false;
        }
        OutboundJob job = claimed.get();
        WorkResult result;
        try {
            result = handler(job).run(job);
        } catch (MarketplaceUnavailable e) {
            result = WorkResult.retry(e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbound job " + jobId + " (" + job.getKind() + " " + job.getSubject()
                    + ") failed; it will be retried", e);
            result = WorkResult.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        store.finish(jobId, result);
        return true;
    }

    private OutboundWork handler(OutboundJob job) {
        return handlers.stream().filter(h -> h.kind() == job.getKind()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no handler for outbound jobs of kind " + job.getKind()));
    }
}
