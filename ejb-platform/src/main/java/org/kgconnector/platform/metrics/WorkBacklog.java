package org.kgconnector.platform.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kgconnector.persistence.job.JobState;
import org.kgconnector.platform.work.WorkKind;
import org.kgconnector.protocol.log.ConnectorLog;

/**
 * The backlog of durable work as the gauges read it: one {@link BacklogQueries} query at most every
 * {@link #MAX_AGE}, however many gauges and scrapers ask (a scrape reads every gauge; two Prometheus servers may
 * scrape). While the database cannot answer, the gauges read NaN (no value), and it is asked again after
 * {@link #MAX_AGE}.
 */
@ApplicationScoped
public class WorkBacklog {

    public static final Duration MAX_AGE = Duration.ofSeconds(5);
    private static final Logger LOG = ConnectorLog.logger(WorkBacklog.class);

    /** The counts as read at {@code readAt} (a {@link System#nanoTime()}); null counts: the read failed. */
    private record Snapshot(long readAt, Map<WorkKind, Map<JobState, Long>> counts) {
    }

    @Inject
    BacklogQueries queries;

    private Snapshot last;

    /** How many pieces of work of the kind are in the state; NaN when the database could not say. */
    public double count(WorkKind kind, JobState state) {
        Map<WorkKind, Map<JobState, Long>> counts = current().counts();
        return counts == null ? Double.NaN : counts.getOrDefault(kind, Map.of()).getOrDefault(state, 0L);
    }

    private synchronized Snapshot current() {
        long now = System.nanoTime();
        if (last == null || now - last.readAt() >= MAX_AGE.toNanos()) {
            last = new Snapshot(now, read());
        }
        return last;
    }

    Map<WorkKind, Map<JobState, Long>> read() {
        try {
            return queries.counts();
        } catch (RuntimeException failed) {
            LOG.log(Level.FINE, "the work backlog could not be read", failed);
            return null;
        }
    }
}
