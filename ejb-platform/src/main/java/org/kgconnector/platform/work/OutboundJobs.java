package org.kgconnector.platform.work;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kgconnector.protocol.log.CallbackRef;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.persistence.outbound.OutboundJob;
import org.kgconnector.platform.marketplace.MarketplaceUnavailable;

/**
 * Runs outbound jobs outside any transaction: at once after the change that created them, and from the platform's
 * one timer ({@link WorkRunner}) for jobs due again or left by a dead node. Each kind has its handler
 * ({@link OutboundWork}) in the module that owns the work; whoever waits for a job is woken when it is finished.
 */
@Stateless
@LocalBean
@Local(DurableWork.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboundJobs implements DurableWork {

    private static final Logger LOG = ConnectorLog.logger(OutboundJobs.class);
    private static final int SWEEP_BATCH = 50;

    @Inject
    OutboundJobStore store;

    @Inject
    WorkSignals signals;

    @Inject
    @Any
    Instance<OutboundWork> handlers;

    /**
     * Runs the job in the background, its log lines under the reference of the callback that made it
     * ({@code callbackRef}, the caller's {@link CallbackRef#current()}; null: none).
     */
    @Asynchronous
    public Future<Boolean> runAsync(long jobId, String callbackRef) {
        try (CallbackRef.Scope callback = CallbackRef.bind(callbackRef)) {
            return new AsyncResult<>(runIfClaimed(jobId));
        }
    }

    @Override
    public void runDue() {
        for (Long jobId : store.due(SWEEP_BATCH)) {
            runIfClaimed(jobId);
        }
    }

    /** Claims the job and, if this node got it, makes the call, records the outcome and wakes its waiters. */
    public boolean runIfClaimed(long jobId) {
        return WorkAttempt.runIfClaimed(jobId, signals, job -> OutboundJobStore.kindOf(job.getKind()), store::claim,
                this::attempt, store::finish);
    }

    private WorkOutcome attempt(OutboundJob job) {
        try {
            return handler(job).run(job);
        } catch (MarketplaceUnavailable e) {
            return WorkOutcome.retry(e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "outbound job " + job.getId() + " (" + job.getKind() + " " + job.getSubject()
                    + ") failed; it will be retried", e);
            return WorkOutcome.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private OutboundWork handler(OutboundJob job) {
        return handlers.stream().filter(h -> h.kind() == job.getKind()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no handler for outbound jobs of kind " + job.getKind()));
    }
}
