package org.kgconnector.platform.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.kgconnector.platform.config.ConnectorSettings;

/**
 * How often and how patiently each kind of work is tried: its attempts before it is given up, and an exponential
 * back-off from its first delay (doubling, capped at 30 minutes). Read from configuration at each use.
 */
@ApplicationScoped
public class WorkPolicy {

    static final Duration CAP = Duration.ofMinutes(30);

    @Inject
    ConnectorSettings settings;

    public int maxAttempts(WorkKind kind) {
        return settings.maxAttempts(kind.settingName());
    }

    /** The wait before the next attempt, after {@code attemptsMade} attempts (the one just failed included). */
    public Duration backOff(WorkKind kind, int attemptsMade) {
        return backOff(settings.firstBackOff(kind.settingName()), attemptsMade);
    }

    static Duration backOff(Duration first, int attemptsMade) {
        int doublings = Math.max(0, attemptsMade - 1);
        if (doublings >= 20) {
            return CAP;
        }
        Duration next = first.multipliedBy(1L << doublings);
        return next.compareTo(CAP) > 0 ? CAP : next;
    }
}
