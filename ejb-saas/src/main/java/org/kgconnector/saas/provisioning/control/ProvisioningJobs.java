package org.kgconnector.saas.provisioning.control;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kgconnector.protocol.log.CallbackRef;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.platform.work.DurableWork;
import org.kgconnector.platform.work.WorkAttempt;
import org.kgconnector.platform.work.WorkKind;
import org.kgconnector.platform.work.WorkSignals;
import org.kgconnector.spi.InstanceEvent;
import org.kgconnector.spi.Provisioner;
import org.kgconnector.spi.ProvisioningResult;

/**
 * Runs provisioning jobs outside any transaction: at once after the callback that created them, and from the
 * platform's one timer of durable work for jobs that are due again (back-off) or were left by a dead node. An
 * instance's jobs run in order; whoever waits for a job is woken when its outcome is recorded.
 */
@Stateless
@LocalBean
@Local(DurableWork.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProvisioningJobs implements DurableWork {

    private static final Logger LOG = ConnectorLog.logger(ProvisioningJobs.class);
    private static final int SWEEP_BATCH = 50;

    @Inject
    JobStore store;

    @Inject
    ProvisionerSelector selector;

    @Inject
    OrderGate orders;

    @Inject
    WorkSignals signals;

    /**
     * Runs the job in the background, its log lines under the reference of the callback that made it
     * ({@code callbackRef}, the caller's {@link CallbackRef#current()}; null: none); the future tells whether this
     * node ran it.
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

    /** Claims the job and, if this node got it, calls the provisioner, records the outcome and wakes its waiters. */
    public boolean runIfClaimed(long jobId) {
        return WorkAttempt.runIfClaimed(jobId, signals, work -> WorkKind.PROVISIONING, store::claim,
                work -> attempt(jobId, work), store::finish);
    }

    private ProvisioningResult attempt(long jobId, JobWork claimed) {
        JobWork work = claimed;
        ProvisioningResult result;
        try {
            OrderGate.Prepared prepared = orders.prepare(jobId, claimed);
            if (prepared.waiting() != null) {
                return prepared.waiting();
            }
            work = prepared.work();
            result = call(selector.forEvent(work.event().test()), work);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "provisioning job " + jobId + " (" + work.action() + " of " + work.event().instanceId()
                    + ") failed; it will be retried", e);
            result = ProvisioningResult.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return result == null ? ProvisioningResult.retry("the provisioner answered nothing") : result;
    }

    private static ProvisioningResult call(Provisioner provisioner, JobWork work) {
        InstanceEvent event = work.event();
        return switch (work.action()) {
            case CREATE -> provisioner.create(event);
            case RENEW -> provisioner.renew(event);
            case FREEZE -> provisioner.freeze(event);
            case UNFREEZE -> provisioner.unfreeze(event);
            case RELEASE -> provisioner.release(event);
            case UPGRADE -> provisioner.upgrade(event);
        };
    }
}
