package org.kgconnector.platform.work;

import java.util.Optional;

/**
 * One attempt at one piece of work, the same for every kind: claimed under a fresh lease, tried, its result
 * recorded by the lease holder, and whoever waits for it on this node woken, whatever happened.
 */
public final class WorkAttempt {

    /** Takes the work for the lease {@code owner}; empty when it is not due or another node holds it. */
    @FunctionalInterface
    public interface Claim<W> {
        Optional<W> claim(long id, String owner);
    }

    /** Tries the claimed work and says how it went. */
    @FunctionalInterface
    public interface Attempt<W, R> {
        R attempt(W work);
    }

    /** Records the result as the lease {@code owner}. */
    @FunctionalInterface
    public interface Finish<R> {
        void finish(long id, String owner, R result);
    }

    /** Which kind the claimed work is, for its waiters. */
    @FunctionalInterface
    public interface KindOf<W> {
        WorkKind of(W work);
    }

    private WorkAttempt() {
    }

    /** @return whether this node got the work and ran it */
    public static <W, R> boolean runIfClaimed(long id, WorkSignals signals, KindOf<W> kind, Claim<W> claim,
                                              Attempt<W, R> attempt, Finish<R> finish) {
        String owner = WorkLeases.newOwner();
        Optional<W> claimed = claim.claim(id, owner);
        if (claimed.isEmpty()) {
            return false;
        }
        try {
            finish.finish(id, owner, attempt.attempt(claimed.get()));
        } finally {
            signals.finished(kind.of(claimed.get()), id);
        }
        return true;
    }
}
