package org.kgconnector.platform.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.kgconnector.persistence.outbound.OutboundCall;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.platform.marketplace.OutboundCallEnded;

/**
 * Watches this node's open-API attempts: once every attempt for {@code koogallery.alerts.unreachable-after} (default
 * 10 minutes) found the marketplace unavailable, each further one raises {@code marketplace-unreachable} (one alert
 * per period); any answer of the marketplace, a refusal included, ends the outage.
 */
@ApplicationScoped
public class MarketplaceReachability {

    @Inject
    Alerts alerts;

    @Inject
    ConnectorSettings settings;

    private Instant unreachableSince;

    void ended(@Observes OutboundCallEnded call) {
        Instant since = record(call);
        if (since != null && Duration.between(since, call.at()).compareTo(settings.alertUnreachableAfter()) >= 0) {
            alerts.raise(AlertCause.MARKETPLACE_UNREACHABLE, "no open-API call has reached the marketplace since " + since
                    + " (the last: " + call.api() + ")", call.at());
        }
    }

    /** The start of the outage this attempt belongs to, or null when it reached the marketplace. */
    private synchronized Instant record(OutboundCallEnded call) {
        if (call.outcome() != OutboundCall.Outcome.UNAVAILABLE) {
            unreachableSince = null;
            return null;
        }
        if (unreachableSince == null) {
            unreachableSince = call.at();
        }
        return unreachableSince;
    }
}
