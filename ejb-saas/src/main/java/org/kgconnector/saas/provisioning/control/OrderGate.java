package org.kgconnector.saas.provisioning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.kgconnector.persistence.job.JobAction;
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

    private static final Logger LOG = Logger.getLogger(OrderGate.class.getName());

    @Inject
    MarketplaceClient marketplace;

    @Inject
    OrderFetcher fetcher;

    @Inject
    JobStore store;

    /** @return empty when the job may go ahead, else the retry that makes it wait for its order */
    public Optional<ProvisioningResult> awaitOrder(JobWork work) {
        if (!needsOrder(work) || store.orderKnown(work.event().orderId(), work.event().orderLineId())) {
            return Optional.empty();
        }
        try {
            WorkOutcome fetched = fetcher.fetch(work.event().orderId(), work.event().orderLineId());
            if (fetched.kind() == WorkOutcome.Kind.RETRY) {
                return Optional.of(ProvisioningResult.retry("waiting for order " + work.event().orderId() + ": "
                        + fetched.message()));
            }
            if (fetched.kind() == WorkOutcome.Kind.GIVE_UP) {
                LOG.warning(() -> "order " + work.event().orderId() + " is provisioned without its details: "
                        + fetched.message());
            }
            return Optional.empty();
        } catch (MarketplaceUnavailable down) {
            return Optional.of(ProvisioningResult.retry("waiting for order " + work.event().orderId() + ": "
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
