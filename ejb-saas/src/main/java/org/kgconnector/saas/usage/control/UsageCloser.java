package org.kgconnector.saas.usage.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kgconnector.persistence.job.NodeIdentity;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.platform.work.TimerRound;
import org.kgconnector.platform.cluster.ClusterLease;

/**
 * Closes the usage hours that are due into records, from a non-persistent timer on every node; the node holding
 * the {@code usage-close} lease does the work. An hour closes at minute 10 of the next hour (events may still
 * arrive until then); events that arrive for an hour already closed are closed at the next tick as a delta.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UsageCloser {

    static final String LEASE = "usage-close";
    static final Duration LATE_ARRIVALS = Duration.ofMinutes(10);
    static final Duration HOLDING = Duration.ofSeconds(30);
    static final int CHUNK = 5000;
    private static final Logger LOG = ConnectorLog.logger(UsageCloser.class);

    @Inject
    ClusterLease lease;

    @Inject
    UsageAggregation aggregation;

    @Inject
    UsagePusher pusher;

    /** Closes what is due and, when it closed anything, pushes at once rather than at the next push tick. */
    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "usage close")
    public void tick() {
        TimerRound.run(LOG, "usage close", () -> {
            if (lease.acquire(LEASE, NodeIdentity.name(), HOLDING) && closeDue(Instant.now()) > 0) {
                pusher.pushDue();
            }
        });
    }

    /** Closes every hour that ended at least ten minutes before {@code now}; returns how many events were closed. */
    public long closeDue(Instant now) {
        Instant closableUpTo = now.minus(LATE_ARRIVALS).truncatedTo(ChronoUnit.HOURS).minus(1, ChronoUnit.HOURS);
        long total = 0;
        try {
            int closed;
            do {
                closed = aggregation.closeChunk(closableUpTo, CHUNK, now);
                total += closed;
            } while (closed >= CHUNK);
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "usage closing stopped for this tick; it resumes at the next", e);
        }
        return total;
    }
}
