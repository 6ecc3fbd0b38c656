package org.kgconnector.spi;

import java.util.List;

/**
 * Takes usage of pay-per-use instances from code running in the same server (inject it with {@code @Inject});
 * the same as {@code POST /koogallery/api/usage}. Each event carries the vendor's own id: an event sent again
 * is counted once. Events are aggregated per instance and hour and pushed to the marketplace by the connector.
 */
public interface UsageMeter {

    /** Records the events that are valid and new; says how many were accepted, repeated, or rejected and why. */
    UsageReceipt report(List<UsageEvent> events);
}
