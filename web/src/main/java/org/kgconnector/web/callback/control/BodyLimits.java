package org.kgconnector.web.callback.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * How much of a callback's body is read before its signature is checked, and how many large bodies at once. A
 * body over {@link #SMALL} is read only by a request that holds one of a few permits, sized from the heap (a
 * 16 MiB JSON body held and parsed costs about eighteen times its size); a request that cannot get one within
 * {@link #WAIT} is answered {@code 000005} at once rather than queued.
 */
@ApplicationScoped
public class BodyLimits {

    public static final int SMALL = 1 << 20;
    public static final int LARGE = 16 << 20;
    static final Duration WAIT = Duration.ofSeconds(2);
    /** Heap one large body may take while it is held, checked and parsed. */
    static final long HEAP_PER_LARGE_BODY = 24L * LARGE;

    private final Semaphore large = new Semaphore(permits(Runtime.getRuntime().maxMemory()));

    static int permits(long maxHeap) {
        return (int) Math.max(1, Math.min(16, maxHeap / 2 / HEAP_PER_LARGE_BODY));
    }

    /** Takes a permit to read a large body, waiting at most {@link #WAIT}; false when none came. */
    boolean enterLarge() {
        try {
            return large.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void leaveLarge() {
        large.release();
    }
}
