package org.kgconnector.platform.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kgconnector.persistence.node.ServerHome;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.protocol.log.ConnectorLog;

/**
 * Raises alerts: with a hook configured, the first raise of a cause in a period on this node hands the alert to
 * {@link AlertWriter}, which writes its durable work on another thread; later raises of the same cause and period
 * cost a set look-up (another node's raise is kept out by the job's unique key). Without a hook, nothing happens.
 */
@ApplicationScoped
public class Alerts {

    private static final Logger LOG = ConnectorLog.logger(Alerts.class);
    /** How many (cause, period) keys a node remembers: far more than the causes of one period. */
    static final int REMEMBERED = 256;

    @Inject
    AlertHook hook;

    @Inject
    ConnectorSettings settings;

    @Inject
    AlertWriter writer;

    /** The name of this node, as its alerts give it. */
    Supplier<String> node = ServerHome::nodeName;

    private final Set<String> raised = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    /**
     * Raises the cause at {@code at}, unless it was raised in the same period already.
     *
     * @param detail what the first occurrence was (never a secret)
     */
    public void raise(String cause, String detail, Instant at) {
        if (hook.target().isEmpty()) {
            return;
        }
        AlertPeriod period = AlertPeriod.of(at, settings.alertPeriod());
        if (!firstInPeriod(cause, period)) {
            return;
        }
        try {
            writer.write(new Alert(cause, period, node.get(), detail, at));
        } catch (RuntimeException failed) {
            LOG.log(Level.WARNING, "the " + cause + " alert of " + period.key() + " could not be raised", failed);
        }
    }

    private boolean firstInPeriod(String cause, AlertPeriod period) {
        synchronized (raised) {
            return raised.add(cause + " " + period.key());
        }
    }
}
