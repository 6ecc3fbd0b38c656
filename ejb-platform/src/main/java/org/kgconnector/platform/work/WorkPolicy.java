package org.kgconnector.platform.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * How often and how patiently each kind of work is tried: its attempts before it is given up, and an exponential
 * back-off from its first delay (doubling, capped at 30 minutes). Read from configuration at each use.
 */
@ApplicationScoped
public class WorkPolicy {

    static final int DEFAULT_MAX_ATTEMPTS = 10;
    static final Duration DEFAULT_FIRST_BACK_OFF = Duration.ofSeconds(5);
    static final Duration CAP = Duration.ofMinutes(30);

    @Inject
    Config config;

    public int maxAttempts(WorkKind kind) {
        int general = config.getOptionalValue("koogallery.jobs.max-attempts", Integer.class).orElse(DEFAULT_MAX_ATTEMPTS);
        return Math.max(1, config.getOptionalValue("koogallery.work." + kind.settingName() + ".max-attempts",
                Integer.class).orElse(general));
    }

    /** The wait before the next attempt, after {@code attemptsMade} attempts (the one just failed included). */
    public Duration backOff(WorkKind kind, int attemptsMade) {
        Duration first = config.getOptionalValue("koogallery.work." + kind.settingName() + ".first-back-off",
                Duration.class).orElse(DEFAULT_FIRST_BACK_OFF);
        return backOff(first, attemptsMade);
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
