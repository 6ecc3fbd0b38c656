package org.kgconnector.platform.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkSignalsTest {

    private final WorkSignals signals = new WorkSignals();

    @Test
    void everyWaiterOfTheWorkIsWokenWhenItIsFinished() throws Exception {
        WorkSignals.Watched first = signals.watch(WorkKind.PROVISIONING, 7);
        WorkSignals.Watched second = signals.watch(WorkKind.PROVISIONING, 7);
        WorkSignals.Watched other = signals.watch(WorkKind.LICENSE_UPLOAD, 7);
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> signals.await(first, Duration.ofSeconds(30)));
        signals.finished(WorkKind.PROVISIONING, 7);
        assertTrue(waiting.get(5, TimeUnit.SECONDS), "woken long before its budget");
        assertTrue(signals.await(second, Duration.ZERO));
        assertFalse(signals.await(other, Duration.ofMillis(20)), "another kind's work with the same id stays asleep");
    }

    @Test
    void aWaiterWhoseBudgetIsSpentGivesUpAndAWatchBegunAfterTheSignalEndsAtOnce() {
        WorkSignals.Watched early = signals.watch(WorkKind.ORDER_FETCH, 1);
        assertFalse(signals.await(early, Duration.ofMillis(20)));
        signals.forget(early);
        signals.finished(WorkKind.ORDER_FETCH, 1);
        WorkSignals.Watched late = signals.watch(WorkKind.ORDER_FETCH, 1);
        assertTrue(signals.await(late, Duration.ZERO), "the work finished before the watch: nothing to wait for");
        signals.forget(late);
        assertFalse(signals.await(signals.watch(WorkKind.ORDER_FETCH, 2), Duration.ofMillis(20)),
                "other work is still awaited");
    }

    @Test
    void aCallerAboutToRunTheWorkWaitsForThatAttemptNotAnEarlierOne() {
        signals.finished(WorkKind.LICENSE_UPLOAD, 3);
        WorkSignals.Watched next = signals.watchNextAttempt(WorkKind.LICENSE_UPLOAD, 3);
        assertFalse(signals.await(next, Duration.ofMillis(20)), "the earlier attempt does not count");
        signals.finished(WorkKind.LICENSE_UPLOAD, 3);
        assertTrue(signals.await(next, Duration.ZERO));
    }

    @Test
    void onlyTheLastFinishedPiecesOfWorkAreRemembered() {
        for (long id = 0; id <= WorkSignals.REMEMBERED; id++) {
            signals.finished(WorkKind.USAGE_PUSH, id);
        }
        assertFalse(signals.await(signals.watch(WorkKind.USAGE_PUSH, 0), Duration.ZERO), "the oldest is forgotten");
        assertTrue(signals.await(signals.watch(WorkKind.USAGE_PUSH, WorkSignals.REMEMBERED), Duration.ZERO));
    }

    @Test
    void backOffDoublesFromTheFirstDelayUpToHalfAnHour() {
        Duration first = Duration.ofSeconds(5);
        assertEquals(Duration.ofSeconds(5), WorkPolicy.backOff(first, 1));
        assertEquals(Duration.ofSeconds(20), WorkPolicy.backOff(first, 3));
        assertEquals(Duration.ofMinutes(30), WorkPolicy.backOff(first, 12));
        assertEquals(Duration.ofMinutes(30), WorkPolicy.backOff(first, 60));
    }
}
