package org.kgconnector.persistence.job;

import java.time.Duration;

/** Exponential back-off of job attempts: 5 s, 10 s, 20 s, … capped at 30 minutes. */
public final class BackOff {

    private static final Duration FIRST = Duration.ofSeconds(5);
    private static final Duration CAP = Duration.ofMinutes(30);

    private BackOff() {
    }

    public static Duration afterAttempts(int attempts) {
        if (attempts >= 20) {
            return CAP;
        }
        Duration next = FIRST.multipliedBy(1L << Math.max(0, attempts - 1));
        return next.compareTo(CAP) > 0 ? CAP : next;
    }
}
