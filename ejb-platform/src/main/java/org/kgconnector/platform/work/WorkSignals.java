package org.kgconnector.platform.work;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Wakes the callbacks that wait, within their budget, for a piece of work: the runner signals the work as soon as
 * this node has recorded the outcome of an attempt (done, given up, or left for a retry). A watch begun after that
 * signal ends at once: the node remembers the last {@value #REMEMBERED} attempts it recorded, so a waiter need not
 * read the state before it waits; a caller about to run the work itself watches only the next attempt. Work
 * finished by another node wakes nobody here: its waiters read the state once their budget is spent. A watch is
 * held only while somebody waits, so nothing accumulates.
 */
@ApplicationScoped
public class WorkSignals {

    /** One piece of work being waited for, and by how many. */
    private static final class Watch {
        final CompletableFuture<Void> finished = new CompletableFuture<>();
        int waiters;
    }

    /** What a waiter holds: the signal, to wait on and to give back. */
    public record Watched(String key, CompletableFuture<Void> finished) {
    }

    /** How many finished pieces of work a node remembers for watches that begin late. */
    static final int REMEMBERED = 4096;

    private final Map<String, Watch> watches = new ConcurrentHashMap<>();
    private final Set<String> recentlyFinished = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    /** Starts watching the work; {@link #forget} it when done waiting. */
    public Watched watch(WorkKind kind, long id) {
        String key = key(kind, id);
        Watch watch = watches.compute(key, (k, w) -> {
            Watch held = w == null ? new Watch() : w;
            held.waiters++;
            return held;
        });
        if (finishedRecently(key)) {
            watch.finished.complete(null);
        }
        return new Watched(key, watch.finished);
    }

    /**
     * Starts watching work the caller is about to run itself: an attempt that ended before (and left the work
     * pending) does not count, only the next one.
     */
    public Watched watchNextAttempt(WorkKind kind, long id) {
        synchronized (recentlyFinished) {
            recentlyFinished.remove(key(kind, id));
        }
        return watch(kind, id);
    }

    /** Waits for the signal at most {@code budget}; true when it came. */
    public boolean await(Watched watched, Duration budget) {
        try {
            watched.finished().get(Math.max(0, budget.toNanos()), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException | ExecutionException notYet) {
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops watching; the watch goes when its last waiter does. */
    public void forget(Watched watched) {
        watches.computeIfPresent(watched.key(), (k, w) -> w.finished != watched.finished() || --w.waiters > 0 ? w : null);
    }

    /** The outcome of the work is recorded on this node: every waiter of it wakes up. */
    public void finished(WorkKind kind, long id) {
        String key = key(kind, id);
        synchronized (recentlyFinished) {
            recentlyFinished.add(key);
        }
        Watch watch = watches.remove(key);
        if (watch != null) {
            watch.finished.complete(null);
        }
    }

    private boolean finishedRecently(String key) {
        synchronized (recentlyFinished) {
            return recentlyFinished.contains(key);
        }
    }

    private static String key(WorkKind kind, long id) {
        return kind.name() + ":" + id;
    }
}
