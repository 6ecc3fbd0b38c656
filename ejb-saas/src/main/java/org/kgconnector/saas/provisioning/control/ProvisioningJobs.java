package org.kgconnector.saas.provisioning.control;

import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kgconnector.persistence.job.NodeIdentity;
import org.kgconnector.spi.InstanceEvent;
import org.kgconnector.spi.Provisioner;
import org.kgconnector.spi.ProvisioningResult;

/**
 * Runs provisioning jobs outside any transaction: at once after the callback that created them, and from a
 * non-persistent timer on every node for jobs that are due again (back-off) or were left by a dead node.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProvisioningJobs {

    private static final Logger LOG = Logger.getLogger(ProvisioningJobs.class.getName());
    private static final int SWEEP_BATCH = 50;

    @Inject
    JobStore store;

    @Inject
    ProvisionerSelector selector;

    @Inject
    OrderGate orders;

    /** Runs the job in the background; the future tells whether this node ran it. */
    @Asynchronous
    public Future<Boolean> runAsync(long jobId) {
        return new AsyncResult<>(runIfClaimed(jobId));
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "provisioning job sweep")
    public void sweep() {
        for (Long jobId : store.due(SWEEP_BATCH)) {
            runIfClaimed(jobId);
        }
    }

    /** Claims the job and, if this node got it, calls the provisioner and records the outcome. */
    public boolean runIfClaimed(long jobId) {
        Optional<JobWork> claimed = store.claim(jobId, NodeIdentity.name());
        if (claimed.isEmpty()) {
            return false;
        }
        JobWork work = claimed.get();
        ProvisioningResult result;
        try {
            Optional<ProvisioningResult> waiting = orders.awaitOrder(work);
            if (waiting.isPresent()) {
                store.finish(jobId, waiting.get());
                return true;
            }
            work = store.work(jobId);
            result = call(selector.forEvent(work.event().test()), work);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "provisioning job " + jobId + " (" + work.action() + " of " + work.event().instanceId()
                    + ") failed; it will be retried", e);
            result = ProvisioningResult.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        store.finish(jobId, result == null ? ProvisioningResult.retry("the provisioner answered nothing") : result);
        return true;
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
