package org.kgconnector.web.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed admin sign-ins, per user and address on this node: after {@value #MAX_FAILURES} failures within
 * {@link #WINDOW}, that user is not checked from that address until the oldest of them leaves the window; any
 * address that fails {@value #MAX_FAILURES_PER_ADDRESS} times in the window, whatever the user, likewise.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Beyond this many keys, the oldest failures are forgotten (bounded memory under a spray of names). */
    private static final int MAX_KEYS = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether a sign-in of the user from the address may be checked now. */
    public boolean allows(String user, String address) {
        return count(pair(user, address)) < MAX_FAILURES && count(address(address)) < MAX_FAILURES_PER_ADDRESS;
    }

    public void failed(String user, String address) {
        if (failures.size() > MAX_KEYS) {
            failures.clear();
        }
        for (String key : new String[] {pair(user, address), address(address)}) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(clock.instant());
            }
        }
    }

    /** A success clears that user's failures from that address. */
    public void succeeded(String user, String address) {
        failures.remove(pair(user, address));
    }

    private int count(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant since = clock.instant().minus(WINDOW);
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.removeFirst();
            }
            return times.size();
        }
    }

    private static String pair(String user, String address) {
        return "user:" + user + "@" + address;
    }

    private static String address(String address) {
        return "address:" + address;
    }
}
