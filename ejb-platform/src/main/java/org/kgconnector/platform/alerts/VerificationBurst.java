package org.kgconnector.platform.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.platform.ledger.CallbackRecord;
import org.kgconnector.platform.metrics.VerificationFailure;

/**
 * Counts this node's verification failures per alert period and raises {@code verification-burst} when they reach
 * {@code koogallery.alerts.verification-burst} (default 20) within one period; the detail names the first failure of
 * the period (its reason and address, nothing of its content).
 */
@ApplicationScoped
public class VerificationBurst {

    @Inject
    Alerts alerts;

    @Inject
    ConnectorSettings settings;

    private AlertPeriod period;
    private int failures;
    private String first;

    void handedOver(@Observes CallbackRecord row) {
        Optional<String> reason = VerificationFailure.reason(row.verification());
        if (reason.isEmpty()) {
            return;
        }
        int threshold = settings.alertVerificationBurst();
        AlertPeriod now = AlertPeriod.of(row.receivedAt(), settings.alertPeriod());
        String detail = count(now, reason.get() + " at " + row.address(), threshold);
        if (detail != null) {
            alerts.raise(AlertCause.VERIFICATION_BURST, detail, row.receivedAt());
        }
    }

    /** Counts one failure; the alert's detail when it is the one that makes the burst, else null. */
    private synchronized String count(AlertPeriod now, String what, int threshold) {
        if (!now.equals(period)) {
            period = now;
            failures = 0;
            first = what;
        }
        failures++;
        return failures == threshold ? failures + " verification failures in " + now.key() + " on this node, the first "
                + first : null;
    }
}
