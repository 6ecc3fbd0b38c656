package org.kgconnector.platform.alerts;

import java.time.Duration;
import java.time.Instant;

/**
 * The period an alert belongs to: periods of the configured length follow each other from the epoch, so every node
 * puts the same moment in the same period, and a cause raised twice in one period is one alert.
 */
public record AlertPeriod(Instant start, Duration length) {

    /** The period of the given length that holds {@code at}. */
    public static AlertPeriod of(Instant at, Duration length) {
        long millis = Math.max(1, length.toMillis());
        return new AlertPeriod(Instant.ofEpochMilli(Math.floorDiv(at.toEpochMilli(), millis) * millis), length);
    }

    /** {@code 2026-03-01T10:15:00Z/PT15M}: an ISO 8601 interval, the period's key and its name in the alert. */
    public String key() {
        return start + "/" + length;
    }
}
