package org.kgconnector.platform.alerts;

import java.util.Optional;
import org.kgconnector.platform.work.WorkKind;

/**
 * The causes of alerts, as named in an alert's {@code cause} (and its job's subject): {@code given-up:<kind>} for
 * provisioning, order fetches and license uploads; {@code dead-letter:<kind>} for usage records (usage-push) and
 * license-code usage reports; {@code verification-burst}; {@code marketplace-unreachable}. Alerts that could not be
 * delivered raise none (they would raise themselves).
 */
public final class AlertCause {

    public static final String VERIFICATION_BURST = "verification-burst";
    public static final String MARKETPLACE_UNREACHABLE = "marketplace-unreachable";

    private AlertCause() {
    }

    /** The cause of an alert about work of the kind given up; empty for an alert's own delivery. */
    public static Optional<String> givenUp(WorkKind kind) {
        return switch (kind) {
            case ALERT -> Optional.empty();
            case USAGE_PUSH, LICENSE_USAGE -> Optional.of("dead-letter:" + kind.settingName());
            default -> Optional.of("given-up:" + kind.settingName());
        };
    }
}
