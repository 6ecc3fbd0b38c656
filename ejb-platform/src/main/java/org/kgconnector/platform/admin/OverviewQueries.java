package org.kgconnector.platform.admin;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.kgconnector.platform.ledger.CallbackFamily;

/**
 * The console's overview, counted in the database: the callbacks of a period per family and result code,
 * verification failures by reason, answer times, the durable work by kind, and usage. Every count reads an index
 * or the period's rows, never a whole table.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OverviewQueries {

    /** The work tables and the kind each counts as; outbound jobs count per their own kind. */
    private static final Map<String, String> WORK_TABLES = Map.of("provisioning", "provisioning_job",
            "usage-push", "usage_record", "license-usage", "license_usage");

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    public Views.Overview overview(Instant since) {
        return new Views.Overview(since, callbacks(since), verificationFailures(since), latency(since), work(), usage());
    }

    private Map<String, Map<String, Long>> callbacks(Instant since) {
        Map<String, Map<String, Long>> byFamily = new TreeMap<>();
        for (Object[] row : rows("SELECT address, result_code, COUNT(*) FROM inbound_callback WHERE received_at >= ?1"
                + " GROUP BY address, result_code", since)) {
            String family = CallbackFamily.labelOf((String) row[0]);
            byFamily.computeIfAbsent(family, f -> new TreeMap<>()).merge((String) row[1], count(row[2]), Long::sum);
        }
        return byFamily;
    }

    private Map<String, Long> verificationFailures(Instant since) {
        Map<String, Long> byReason = new TreeMap<>();
        for (Object[] row : rows("SELECT verification, COUNT(*) FROM inbound_callback WHERE received_at >= ?1"
                + " AND verification NOT IN ('VERIFIED', 'ANSWERED_BEFORE') GROUP BY verification", since)) {
            byReason.put((String) row[0], count(row[1]));
        }
        return byReason;
    }

    private Views.Latency latency(Instant since) {
        long n = em.createQuery("SELECT COUNT(c) FROM InboundCallback c WHERE c.receivedAt >= :since", Long.class)
                .setParameter("since", since).getSingleResult();
        if (n == 0) {
            return new Views.Latency(0, 0, 0, 0);
        }
        return new Views.Latency(n, durationAt(since, (n - 1) / 2), durationAt(since, (long) Math.ceil(n * 0.99) - 1),
                durationAt(since, n - 1));
    }

    /** The {@code index}-th shortest answer time of the period. */
    private long durationAt(Instant since, long index) {
        return em.createQuery("SELECT c.durationMs FROM InboundCallback c WHERE c.receivedAt >= :since"
                        + " ORDER BY c.durationMs", Long.class).setParameter("since", since)
                .setFirstResult((int) Math.min(index, Integer.MAX_VALUE)).setMaxResults(1).getSingleResult();
    }

    private List<Views.WorkCounts> work() {
        List<Views.WorkCounts> counts = new ArrayList<>();
        new TreeMap<>(WORK_TABLES).forEach((kind, table) -> counts.add(counts(kind,
                rows("SELECT state, CASE WHEN attempts > 0 THEN 1 ELSE 0 END, COUNT(*) FROM " + table
                        + " WHERE state IN ('PENDING', 'FAILED') GROUP BY state, CASE WHEN attempts > 0 THEN 1 ELSE 0 END"))));
        Map<String, List<Object[]>> outbound = new TreeMap<>();
        for (Object[] row : rows("SELECT kind, state, CASE WHEN attempts > 0 THEN 1 ELSE 0 END, COUNT(*) FROM outbound_job"
                + " WHERE state IN ('PENDING', 'FAILED') GROUP BY kind, state, CASE WHEN attempts > 0 THEN 1 ELSE 0 END")) {
            outbound.computeIfAbsent(((String) row[0]).toLowerCase(Locale.ROOT).replace('_', '-'), k -> new ArrayList<>())
                    .add(new Object[] {row[1], row[2], row[3]});
        }
        outbound.forEach((kind, rows) -> counts.add(counts(kind, rows)));
        return counts;
    }

    /** Counts of one kind from rows of (state, tried, count). */
    private static Views.WorkCounts counts(String kind, List<Object[]> rows) {
        long pending = 0;
        long failing = 0;
        long givenUp = 0;
        for (Object[] row : rows) {
            long n = count(row[2]);
            if ("FAILED".equals(row[0])) {
                givenUp += n;
            } else {
                pending += n;
                failing += ((Number) row[1]).intValue() > 0 ? n : 0;
            }
        }
        return new Views.WorkCounts(kind, pending, failing, givenUp);
    }

    private Views.UsageSummary usage() {
        Instant today = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
        long events = count(em.createNativeQuery("SELECT COUNT(*) FROM usage_event WHERE received_at >= ?1")
                .setParameter(1, today).getSingleResult());
        long waiting = em.createQuery("SELECT COUNT(r) FROM UsageRecord r WHERE r.state = :state", Long.class)
                .setParameter("state", WorkState.PENDING.stored()).getSingleResult();
        long dead = em.createQuery("SELECT COUNT(r) FROM UsageRecord r WHERE r.state = :state", Long.class)
                .setParameter("state", WorkState.FAILED.stored()).getSingleResult();
        List<Instant> lastPush = em.createQuery("SELECT c.calledAt FROM OutboundCall c WHERE c.api IN ('usage.push',"
                + " 'usage.push.old') AND c.outcome = 'SUCCESS' ORDER BY c.id DESC", Instant.class).setMaxResults(1)
                .getResultList();
        return new Views.UsageSummary(events, waiting, dead, lastPush.isEmpty() ? null : lastPush.get(0));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.getResultList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }
}
