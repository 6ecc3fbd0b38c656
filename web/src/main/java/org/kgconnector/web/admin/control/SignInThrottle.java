package org.kgconnector.web.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.kgconnector.protocol.log.ConnectorLog;

/**
 * Failed admin sign-ins on this node: after {@value #MAX_FAILURES} failures within {@link #WINDOW}, that user is not
 * checked from that address until the oldest of them leaves the window; an address that fails
 * {@value #MAX_FAILURES_PER_ADDRESS} times in the window, whatever the user, and a user who fails
 * {@value #MAX_FAILURES_PER_USER} times, whatever the address, likewise. An attempt counts as a failure from the
 * moment it is checked ({@link #attempt}) until it succeeds, so concurrent guesses cannot all pass the check. A
 * paused attempt is logged, whichever store (the listed users, the server's realm) asked.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 50;
    static final int MAX_FAILURES_PER_USER = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Beyond this many keys, failures that left the window are forgotten (bounded memory under a spray of names). */
    private static final int MAX_KEYS = 10_000;
    private static final Logger LOG = ConnectorLog.logger(SignInThrottle.class);

    private final Map<String, Deque<Instant>> failures = new HashMap<>();
    /**
     * Whether a sign-in of the user from the address may be checked now; if so, it is counted as a failure until
     * {@link #succeeded} says otherwise.
     */
    public synchronized boolean attempt(String user, String address) {
        boolean allowed = count(pair(user, address)) < MAX_FAILURES && count(address(address)) < MAX_FAILURES_PER_ADDRESS
                && count(user(user)) < MAX_FAILURES_PER_USER;
        if (allowed) {
            record(user, address);
        } else {
            LOG.warning(() -> "admin sign-ins of " + AdminIdentityStore.printable(user) + " from " + address
                    + " are paused after repeated failures");
        }
        return allowed;
    }

    /** A success takes back its own failure, and clears that user's failures from that address. */
    public synchronized void succeeded(String user, String address) {
        failures.remove(pair(user, address));
        for (String key : new String[] {address(address), user(user)}) {
            Deque<Instant> times = failures.get(key);
            if (times != null && !times.isEmpty()) {
                times.removeLast();
            }
        }
    }

    private void record(String user, String address) {
        if (failures.size() > MAX_KEYS) {
            forgetExpired();
        }
        for (String key : new String[] {pair(user, address), address(address), user(user)}) {
            failures.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(Instant.now());
        }
    }

    /** Under a spray of names, only failures that left the window are forgotten, never live ones. */
    private void forgetExpired() {
        Instant since = Instant.now().minus(WINDOW);
        failures.values().removeIf(times -> times.isEmpty() || times.peekLast().isBefore(since));
    }

    private int count(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant since = Instant.now().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
            times.removeFirst();
        }
        return times.size();
    }

    private static String pair(String user, String address) {
        return "user:" + user + "@" + address;
    }

    private static String user(String user) {
        return "anywhere:" + user;
    }

    private static String address(String address) {
        return "address:" + address;
    }
}
