package org.kgconnector.platform.work;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.kgconnector.protocol.log.ConnectorLog;

/**
 * The one timer of durable work on every node (non-persistent, every 5 s): each tick hands every kind's handler
 * to the server's managed executor, so a kind with a long backlog (usage pushes after a marketplace outage) never
 * holds up another (a provisioning retry); a kind still busy from an earlier tick is left to finish. Work that a
 * callback creates also runs at once after its commit, through its handler; this timer catches retries after their
 * back-off and work a dead node left behind.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkRunner {

    private static final Logger LOG = ConnectorLog.logger(WorkRunner.class);

    @Inject
    @Any
    Instance<DurableWork> handlers;

    @Resource
    ManagedExecutorService executor;

    /** Per handler (its proxy class): whether a round of it is still running. */
    private final Map<String, AtomicBoolean> busy = new ConcurrentHashMap<>();

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "durable work")
    public void tick() {
        for (DurableWork handler : handlers) {
            AtomicBoolean running = busy.computeIfAbsent(handler.getClass().getName(), k -> new AtomicBoolean());
            if (running.compareAndSet(false, true)) {
                start(handler, running);
            }
        }
    }

    private void start(DurableWork handler, AtomicBoolean running) {
        try {
            executor.execute(() -> {
                try {
                    TimerRound.run(LOG, "durable work", handler::runDue);
                } finally {
                    running.set(false);
                }
            });
        } catch (RejectedExecutionException full) {
            running.set(false);
            LOG.fine("the executor is busy: durable work waits for the next round");
        }
    }
}
