package org.kgconnector.platform.work;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one timer of durable work on every node (non-persistent, every 5 s): it asks each kind's handler to run
 * what is due. Work that a callback creates also runs at once after its commit, through its handler; this timer
 * catches retries after their back-off and work a dead node left behind.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WorkRunner {

    private static final Logger LOG = Logger.getLogger(WorkRunner.class.getName());

    @Inject
    @Any
    Instance<DurableWork> handlers;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "durable work")
    public void tick() {
        for (DurableWork handler : handlers) {
            try {
                handler.runDue();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "durable work (" + handler.name() + ")" + " failed this round; the next"
                        + " round tries again", e);
            }
        }
    }
}
