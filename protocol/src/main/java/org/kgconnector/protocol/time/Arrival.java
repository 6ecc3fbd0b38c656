package org.kgconnector.protocol.time;

import java.time.Duration;

/**
 * When a callback arrived, on the monotonic clock of this JVM. Every budget of the marketplace's 5 s counts from
 * here, not from when the work on the request started, so that time spent waiting for a thread or a bean is
 * part of it.
 */
public record Arrival(long nanoTime) {

    /** Now. */
    public static Arrival now() {
        return new Arrival(System.nanoTime());
    }

    /** What is left of {@code budget} counted from the arrival; zero once it is used up. */
    public Duration remainingOf(Duration budget) {
        long left = budget.toNanos() - (System.nanoTime() - nanoTime);
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }


    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - nanoTime);
    }
}
