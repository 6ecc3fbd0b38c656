package org.kgconnector.saas.provisioning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.kgconnector.persistence.job.JobAction;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.platform.marketplace.MarketplaceClient;
import org.kgconnector.platform.marketplace.MarketplaceUnavailable;
import org.kgconnector.platform.orders.OrderFetcher;
import org.kgconnector.platform.work.WorkOutcome;
import org.kgconnector.spi.ProvisioningResult;

/**
 * Holds back the create, renew and upgrade of a real V2 instance until its order has been fetched with the
 * query-order API, so that the provisioner receives the instance with its order. A marketplace that is down
 * makes the job wait and retry (the callback answers {@code 000004}); an order the marketplace refuses to know
 * is provisioned without details, and the log says so. Without AK/SK there is nothing to fetch with.
 */
@ApplicationScoped
public class OrderGate {

    private static final Logger LOG = ConnectorLog.logger(OrderGate.class);

    @Inject
    MarketplaceClient marketplace;

    @Inject
    OrderFetcher fetcher;

    @Inject
    JobStore store;

    /**
     * The job's work as the provisioner gets it, or the retry that makes it wait for its order.
     *
     * @param work   the work loaded with the claim: its event carries the order when that was fetched before
     * @param waiting null when the job may go ahead
     */
    public record Prepared(JobWork work, ProvisioningResult waiting) {
    }

    /** Fetches the order the job waits for, if any; the work is loaded again only when an order was just stored. */
    public Prepared prepare(long jobId, JobWork work) {
        if (!needsOrder(work) || work.event().order() != null) {
            return new Prepared(work, null);
        }
        try {
            WorkOutcome fetched = fetcher.fetch(work.event().orderId(), work.event().orderLineId());
            if (fetched.kind() == WorkOutcome.Kind.RETRY) {
                return new Prepared(work, ProvisioningResult.retry("waiting for order " + work.event().orderId() + ": "
                        + fetched.message()));
            }
            if (fetched.kind() == WorkOutcome.Kind.GIVE_UP) {
                LOG.warning(() -> "order " + work.event().orderId() + " is provisioned without its details: "
                        + fetched.message());
                return new Prepared(work, null);
            }
            return new Prepared(store.work(jobId), null);
        } catch (MarketplaceUnavailable down) {
            return new Prepared(work, ProvisioningResult.retry("waiting for order " + work.event().orderId() + ": "
                    + down.getMessage()));
        }
    }

    private boolean needsOrder(JobWork work) {
        boolean orderEvent = work.action() == JobAction.CREATE || work.action() == JobAction.RENEW
                || work.action() == JobAction.UPGRADE;
        return orderEvent && work.v2() && !work.event().test() && work.event().orderId() != null
                && work.event().orderLineId() != null && marketplace.configured();
    }
}
