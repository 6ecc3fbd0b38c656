package org.kgconnector.platform.ledger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kgconnector.protocol.log.ConnectorLog;

/**
 * Takes the ledger rows off the request thread: a callback hands its row to a bounded queue and answers; one
 * writer at a time, on the server's managed executor, commits what is queued in batches of up to {@value #BATCH}
 * rows, one transaction each. Nothing is dropped for want of room: when the queue is full (or the node is
 * stopping) the caller writes its own row. A clean shutdown drains the queue; a crash loses the rows not yet
 * committed, at most the queue's {@value #CAPACITY} plus the batch being written.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerQueue {

    static final int CAPACITY = 1000;
    static final int BATCH = 250;
    /** How long a clean shutdown waits for the batch being written before it writes the rest itself. */
    static final Duration DRAIN_WAIT = Duration.ofSeconds(10);

    /** How many references of the rows it lost one warning names. */
    static final int LOST_REFS_LOGGED = 20;

    private static final Logger LOG = ConnectorLog.logger(LedgerQueue.class);

    @Inject
    CallbackLedger ledger;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Event<CallbackRecord> handedOver;

    private final BlockingQueue<CallbackRecord> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicBoolean writing = new AtomicBoolean();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean stopping;

    /**
     * Queues the row for the writer; writes it at once when the queue is full or the node is stopping. The row is
     * first handed to the observers of {@link CallbackRecord} events (the metrics, the alert of a burst of
     * verification failures), which only count.
     */
    public void add(CallbackRecord row) {
        announce(row);
        if (stopping || !queue.offer(row)) {
            write(List.of(row));
            return;
        }
        startWriter();
    }

    private void announce(CallbackRecord row) {
        try {
            handedOver.fire(row);
        } catch (RuntimeException observerFailed) {
            LOG.log(Level.WARNING, "a ledger row could not be counted", observerFailed);
        }
    }

    /** Rows handed over and not yet committed: queued or in the batch being written. */
    public int backlog() {
        return queue.size() + inFlight.get();
    }

    private void startWriter() {
        if (!writing.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this::writeQueued);
        } catch (RejectedExecutionException busy) {
            // the rows wait for the next one handed over (or, the queue full, their writers write their own)
            writing.set(false);
        }
    }

    /** Writes batches until the queue is empty, then lets the next row start a writer again. */
    private void writeQueued() {
        try {
            List<CallbackRecord> batch = new ArrayList<>(BATCH);
            while (queue.drainTo(batch, BATCH) > 0) {
                inFlight.set(batch.size());
                write(batch);
                inFlight.set(0);
                batch.clear();
            }
        } finally {
            inFlight.set(0);
            writing.set(false);
        }
        if (!queue.isEmpty()) {
            startWriter();
        }
    }

    /** One transaction for the batch; if it fails, each row on its own, so that one bad row loses only itself. */
    private void write(List<CallbackRecord> batch) {
        try {
            ledger.recordAll(batch);
        } catch (RuntimeException batchFailed) {
            List<String> lost = new ArrayList<>();
            for (CallbackRecord row : batch) {
                try {
                    ledger.recordAll(List.of(row));
                } catch (RuntimeException rowFailed) {
                    lost.add(row.ref());
                }
            }
            if (!lost.isEmpty()) {
                LOG.log(Level.WARNING, batchFailed, () -> lost.size() + " of " + batch.size()
                        + " ledger rows could not be written; their callbacks were answered all the same: "
                        + String.join(" ", lost.subList(0, Math.min(lost.size(), LOST_REFS_LOGGED)))
                        + (lost.size() > LOST_REFS_LOGGED ? " …" : ""));
            }
        }
    }

    /** A clean shutdown: later rows are written by their callers, the queued ones here, after the running batch. */
    @PreDestroy
    void drain() {
        stopping = true;
        long deadline = System.nanoTime() + DRAIN_WAIT.toNanos();
        while (writing.get() && System.nanoTime() < deadline) {
            pause();
        }
        List<CallbackRecord> rest = new ArrayList<>(BATCH);
        while (queue.drainTo(rest, BATCH) > 0) {
            write(rest);
            rest.clear();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
