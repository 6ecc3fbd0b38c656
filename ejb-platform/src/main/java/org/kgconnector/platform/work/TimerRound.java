package org.kgconnector.platform.work;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One round of a node's {@code @Schedule} timer that never fails its timeout: a failure (the database away, say) is
 * logged in one line and the next tick tries again. A timeout that threw would be retried by the container on its
 * own terms instead: Open Liberty retries a failed non-persistent timeout every 5 minutes until it succeeds, so usage
 * could stop being closed for minutes after the database came back.
 */
public final class TimerRound {

    private TimerRound() {
    }

    /** Runs {@code round}; a failure is logged as a WARNING naming {@code what}, without a stack trace. */
    public static void run(Logger log, String what, Runnable round) {
        try {
            round.run();
        } catch (RuntimeException failed) {
            log.log(Level.WARNING, () -> "the " + what + " round failed (" + rootMessage(failed)
                    + "); the next tick tries again");
            log.log(Level.FINE, "the failed " + what + " round", failed);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
