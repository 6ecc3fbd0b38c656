package org.kgconnector.platform.retention;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kgconnector.persistence.job.NodeIdentity;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.platform.cluster.ClusterLease;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.platform.work.TimerRound;

/**
 * Trims the growing tables every {@code koogallery.retention.every} (default an hour), counted by a non-persistent
 * timer that ticks every 5 s on every node (a programmatic or persistent timer would need Payara's timer database
 * in a cluster): the node that holds the {@code retention} lease deletes, rule by rule, the rows older than the rule's age in batches of {@value #BATCH},
 * at most {@value #MAX_BATCHES} batches per rule and round, so a long backlog is worked off over several rounds
 * without holding the database.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Retention {

    static final String LEASE = "retention";
    static final int BATCH = 1000;
    static final int MAX_BATCHES = 50;
    private static final Logger LOG = ConnectorLog.logger(Retention.class);

    @Inject
    ClusterLease lease;

    @Inject
    RetentionStore store;

    @Inject
    ConnectorSettings settings;

    /** A node that starts takes a round at its first tick: nodes restarted more often than every round still trim. */
    private final AtomicReference<Instant> lastRound = new AtomicReference<>(Instant.EPOCH);

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "retention")
    public void tick() {
        TimerRound.run(LOG, "retention", this::round);
    }

    private void round() {
        Instant now = Instant.now();
        Instant last = lastRound.get();
        if (now.isBefore(last.plus(settings.retentionEvery())) || !lastRound.compareAndSet(last, now)) {
            return;
        }
        if (!lease.acquire(LEASE, NodeIdentity.name(), settings.retentionEvery())) {
            return;
        }
        Map<RetentionRule, Integer> trimmed = trim(Instant.now());
        if (trimmed.values().stream().anyMatch(n -> n > 0)) {
            LOG.info(() -> "retention trimmed " + trimmed);
        }
    }

    /** One round: every rule's rows older than its age; how many went per rule. */
    Map<RetentionRule, Integer> trim(Instant now) {
        Map<RetentionRule, Integer> trimmed = new EnumMap<>(RetentionRule.class);
        for (RetentionRule rule : RetentionRule.values()) {
            Duration age = rule.effective(settings.retention(rule.settingName(), rule.fallback()));
            Instant before = now.minus(age);
            int total = 0;
            try {
                for (int i = 0; i < MAX_BATCHES; i++) {
                    int gone = store.trimBatch(rule, before, BATCH);
                    total += gone;
                    if (!rule.batched() || gone < BATCH) {
                        break;
                    }
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "retention of " + rule + " stopped for this round; the next goes on", e);
            }
            trimmed.put(rule, total);
        }
        return trimmed;
    }
}
