package org.kgconnector.saas.provisioning.control;

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
import org.kgconnector.persistence.instance.ProtocolVersion;
import org.kgconnector.persistence.instance.SaasInstance;
import org.kgconnector.persistence.job.JobAction;
import org.kgconnector.persistence.job.JobState;
import org.kgconnector.persistence.job.ProvisioningJob;
import org.kgconnector.persistence.order.MarketplaceOrder;
import org.kgconnector.persistence.secrets.Secrets;
import org.kgconnector.platform.replay.NonceFirst;
import org.kgconnector.platform.work.WorkKind;
import org.kgconnector.platform.work.WorkLeases;
import org.kgconnector.platform.work.WorkOutcome;
import org.kgconnector.platform.work.WorkFinish;
import org.kgconnector.spi.AppInfo;
import org.kgconnector.spi.InstanceEvent;
import org.kgconnector.spi.OrderDetails;
import org.kgconnector.spi.ProvisioningResult;

/**
 * The provisioning job rows: claiming (in order per instance), loading and recording outcomes through the
 * platform's work leases, each in a transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Interceptors(NonceFirst.class)
public class JobStore {

    /** An instance's jobs run in the order they were written. */
    static final String IN_ORDER_OF = "instanceId";

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    @Inject
    Secrets secrets;

    @Inject
    WorkFinish finish;

    /**
     * Takes the job for {@code owner} if it is due, nobody holds a live lease on it and no older job of the same
     * instance is pending (an instance's steps run in order on every node), and returns its work; empty otherwise.
     */
    public Optional<JobWork> claim(long jobId, String owner) {
        return WorkLeases.claim(em, ProvisioningJob.class, jobId, owner, WorkLeases.LEASE, IN_ORDER_OF)
                ? Optional.of(work(jobId)) : Optional.empty();
    }

    public List<Long> due(int limit) {
        return WorkLeases.due(em, ProvisioningJob.class, limit, IN_ORDER_OF);
    }

    /** The job's work, with the order of its event when that has been fetched. */
    public JobWork work(long jobId) {
        ProvisioningJob job = em.find(ProvisioningJob.class, jobId);
        SaasInstance instance = em.find(SaasInstance.class, job.getInstanceId());
        MarketplaceOrder order = job.getOrderId() == null || job.getOrderLineId() == null ? null
                : em.find(MarketplaceOrder.class, new MarketplaceOrder.Key(job.getOrderId(), job.getOrderLineId()));
        return new JobWork(jobId, job.getAction(), new InstanceEvent(instance.getInstanceId(), job.getOrderId(),
                job.getOrderLineId(), instance.getProductId(), instance.getExpireTime(), instance.isTestCall(),
                job.getProductInfo(), order == null ? null : details(order)), instance.getProtocolVersion() == ProtocolVersion.V2);
    }


    private static OrderDetails details(MarketplaceOrder o) {
        return new OrderDetails(o.getOrderType(), o.getChargingMode(), o.getPeriodType(), o.getPeriodNumber(),
                o.getExpireTime(), o.getProductId(), o.getSkuCode(), o.getProductName(), o.getLinearValue(),
                o.getCustomerId(), o.getCustomerName(), o.getExtendParams());
    }

    /**
     * Records the provisioner's answer to the attempt of {@code owner} (nothing when its lease was lost to another
     * node); a create's app information is kept with the password sealed, and a create given up marks its instance.
     */
    public void finish(long jobId, String owner, ProvisioningResult result) {
        Instant now = Instant.now();
        ProvisioningJob job = em.find(ProvisioningJob.class, jobId);
        SaasInstance instance = em.find(SaasInstance.class, job.getInstanceId());
        boolean create = job.getAction() == JobAction.CREATE;
        ProvisioningResult checked = create && result.outcome() == ProvisioningResult.Outcome.DONE && result.appInfo() == null
                ? ProvisioningResult.retry("the provisioner created the instance without app information")
                : result;
        if (!finish.record(job, owner, outcome(checked), WorkKind.PROVISIONING, now) || !create) {
            return;
        }
        if (checked.outcome() == ProvisioningResult.Outcome.DONE) {
            AppInfo app = checked.appInfo();
            instance.provisioned(app.frontEndUrl(), app.adminUrl(), app.userName(), secrets.box().seal(app.password()),
                    app.memo(), now);
        } else if (checked.outcome() == ProvisioningResult.Outcome.REFUSED) {
            instance.provisioningFailed(checked.resultCode(), checked.message(), now);
        } else if (job.getState() == JobState.FAILED) {
            instance.provisioningFailed("000005", "provisioning gave up: " + checked.message(), now);
        }
    }

    private static WorkOutcome outcome(ProvisioningResult result) {
        return switch (result.outcome()) {
            case DONE -> WorkOutcome.done();
            case RETRY -> WorkOutcome.retry(result.message());
            case REFUSED -> WorkOutcome.giveUp(result.message());
        };
    }
}
