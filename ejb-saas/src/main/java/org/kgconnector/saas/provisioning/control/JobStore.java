package org.kgconnector.saas.provisioning.control;

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
import org.kgconnector.persistence.instance.SaasInstance;
import org.kgconnector.persistence.job.BackOff;
import org.kgconnector.persistence.job.JobAction;
import org.kgconnector.persistence.job.JobState;
import org.kgconnector.persistence.job.ProvisioningJob;
import org.kgconnector.persistence.order.MarketplaceOrder;
import org.kgconnector.persistence.secrets.Secrets;
import org.kgconnector.spi.AppInfo;
import org.kgconnector.spi.InstanceEvent;
import org.kgconnector.spi.OrderDetails;
import org.kgconnector.spi.ProvisioningResult;

/** The job rows: claiming, loading and recording outcomes, each in a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobStore {

    static final Duration LEASE = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    @Inject
    Secrets secrets;

    @Inject
    @ConfigProperty(name = "koogallery.jobs.max-attempts", defaultValue = "10")
    int maxAttempts;

    /**
     * Takes the job for this node if it is due and nobody holds a live lease on it, and returns its work; empty
     * when another node holds it or it is not due.
     */
    public Optional<JobWork> claim(long jobId, String owner) {
        Instant now = Instant.now();
        int claimed = em.createNamedQuery(ProvisioningJob.CLAIM)
                .setParameter("owner", owner)
                .setParameter("until", now.plus(LEASE))
                .setParameter("id", jobId)
                .setParameter("now", now)
                .executeUpdate();
        return claimed == 1 ? Optional.of(work(jobId)) : Optional.empty();
    }

    public List<Long> due(int limit) {
        return em.createNamedQuery(ProvisioningJob.DUE, Long.class)
                .setParameter("now", Instant.now())
                .setMaxResults(limit)
                .getResultList();
    }

    /** The job's work, with the order of its event when that has been fetched. */
    public JobWork work(long jobId) {
        ProvisioningJob job = em.find(ProvisioningJob.class, jobId);
        SaasInstance instance = em.find(SaasInstance.class, job.getInstanceId());
        MarketplaceOrder order = job.getOrderId() == null || job.getOrderLineId() == null ? null
                : em.find(MarketplaceOrder.class, new MarketplaceOrder.Key(job.getOrderId(), job.getOrderLineId()));
        return new JobWork(jobId, job.getAction(), new InstanceEvent(instance.getInstanceId(), job.getOrderId(),
                job.getOrderLineId(), instance.getProductId(), instance.getExpireTime(), instance.isTestCall(),
                job.getProductInfo(), order == null ? null : details(order)), "V2".equals(instance.getProtocolVersion()));
    }

    public boolean orderKnown(String orderId, String orderLineId) {
        return em.find(MarketplaceOrder.class, new MarketplaceOrder.Key(orderId, orderLineId)) != null;
    }

    private static OrderDetails details(MarketplaceOrder o) {
        return new OrderDetails(o.getOrderType(), o.getChargingMode(), o.getPeriodType(), o.getPeriodNumber(),
                o.getExpireTime(), o.getProductId(), o.getSkuCode(), o.getProductName(), o.getLinearValue(),
                o.getCustomerId(), o.getCustomerName(), o.getExtendParams());
    }

    /** Records the provisioner's answer; a create's app information is kept with the password sealed. */
    public void finish(long jobId, ProvisioningResult result) {
        Instant now = Instant.now();
        ProvisioningJob job = em.find(ProvisioningJob.class, jobId);
        SaasInstance instance = em.find(SaasInstance.class, job.getInstanceId());
        boolean create = job.getAction() == JobAction.CREATE;
        ProvisioningResult checked = create && result.outcome() == ProvisioningResult.Outcome.DONE && result.appInfo() == null
                ? ProvisioningResult.retry("the provisioner created the instance without app information")
                : result;
        switch (checked.outcome()) {
            case DONE -> {
                job.done(now);
                if (create) {
                    AppInfo app = checked.appInfo();
                    instance.provisioned(app.frontEndUrl(), app.adminUrl(), app.userName(),
                            secrets.box().seal(app.password()), app.memo(), now);
                }
            }
            case RETRY -> {
                job.attemptFailed(checked.message(), maxAttempts, BackOff.afterAttempts(job.getAttempts() + 1), now);
                if (create && job.getState() == JobState.FAILED) {
                    instance.provisioningFailed("000005", "provisioning gave up: " + checked.message(), now);
                }
            }
            case REFUSED -> {
                job.refused(checked.message(), now);
                if (create) {
                    instance.provisioningFailed(checked.resultCode(), checked.message(), now);
                }
            }
            default -> throw new IllegalStateException("unknown outcome " + checked.outcome());
        }
    }
}
