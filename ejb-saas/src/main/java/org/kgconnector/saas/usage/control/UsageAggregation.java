package org.kgconnector.saas.usage.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.kgconnector.persistence.job.JobState;
import org.kgconnector.persistence.usage.UsageRecord;
import org.kgconnector.platform.replay.NonceFirst;

/**
 * Closes one chunk of usage events into records, in one transaction: the events of each (instance, package
 * instance, hour) are summed into a record with the next sequence number of that hour (0 for the first, then one
 * delta per later closing) and its {@code metering_sn}; each event is marked with its record
 * ({@code … WHERE record_sn IS NULL}), and if any event was taken by another node meanwhile the whole chunk rolls
 * back, so no event is ever counted twice. Records of hours older than 21 days are created as dead letters.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Interceptors(NonceFirst.class)
public class UsageAggregation {

    static final Duration MARKETPLACE_LIMIT = Duration.ofDays(21);

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    private record Group(String instanceId, String packageInstanceId, Instant hour) {
    }

    /** @return how many events were closed (fewer than {@code limit}: nothing more is closable now) */
    public int closeChunk(Instant closableUpTo, int limit, Instant now) {
        int[] closed = {0};
        em.unwrap(Session.class).doWork(connection -> closed[0] = close(connection, closableUpTo, limit, now));
        return closed[0];
    }

    private static int close(Connection c, Instant closableUpTo, int limit, Instant now) throws SQLException {
        Map<Group, BigDecimal> sums = new LinkedHashMap<>();
        Map<Group, List<Long>> events = new HashMap<>();
        try (PreparedStatement select = c.prepareStatement("SELECT id, instance_id, package_instance_id, hour_start,"
                + " quantity FROM usage_event WHERE record_sn IS NULL AND hour_start <= ? ORDER BY id FETCH FIRST "
                + limit + " ROWS ONLY")) {
            select.setTimestamp(1, Timestamp.from(closableUpTo));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Group g = new Group(rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant());
                    sums.merge(g, rs.getBigDecimal(5), BigDecimal::add);
                    events.computeIfAbsent(g, k -> new ArrayList<>()).add(rs.getLong(1));
                }
            }
        }
        if (sums.isEmpty()) {
            return 0;
        }
        List<String> instanceIds = sums.keySet().stream().map(Group::instanceId).distinct().toList();
        Map<Group, Integer> lastSequence = lastSequences(c, instanceIds);
        Map<String, String[]> instances = instances(c, instanceIds);
        int count = 0;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO usage_record (instance_id, package_instance_id,"
                + " period_start, sequence_no, metering_sn, usage_value, push_api, product_id, record_time, state, attempts,"
                + " next_attempt_at, last_error, created_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)");
             PreparedStatement mark = c.prepareStatement(
                     "UPDATE usage_event SET record_sn = ? WHERE id = ? AND record_sn IS NULL")) {
            for (Map.Entry<Group, BigDecimal> e : sums.entrySet()) {
                Group g = e.getKey();
                int sequence = lastSequence.getOrDefault(g, -1) + 1;
                String sn = MeteringSn.of(g.instanceId(), g.packageInstanceId(), g.hour(), sequence);
                String[] instance = instances.getOrDefault(g.instanceId(), new String[] {"V2", null});
                boolean tooOld = g.hour().isBefore(now.minus(MARKETPLACE_LIMIT));
                insert.setString(1, g.instanceId());
                insert.setString(2, g.packageInstanceId());
                insert.setTimestamp(3, Timestamp.from(g.hour()));
                insert.setInt(4, sequence);
                insert.setString(5, sn);
                insert.setBigDecimal(6, e.getValue());
                insert.setString(7, "V1".equals(instance[0]) ? UsageRecord.OLD_API : UsageRecord.NEW_API);
                insert.setString(8, instance[1]);
                insert.setTimestamp(9, Timestamp.from(now));
                insert.setString(10, (tooOld ? JobState.FAILED : JobState.PENDING).name());
                insert.setTimestamp(11, Timestamp.from(now));
                insert.setString(12, tooOld ? "begin_time is older than 21 days: the marketplace would refuse it" : null);
                insert.setTimestamp(13, Timestamp.from(now));
                insert.setTimestamp(14, tooOld ? Timestamp.from(now) : null);
                insert.addBatch();
                for (Long id : events.get(g)) {
                    mark.setString(1, sn);
                    mark.setLong(2, id);
                    mark.addBatch();
                    count++;
                }
            }
            insert.executeBatch();
            for (int updated : mark.executeBatch()) {
                if (updated == 0) {
                    throw new IllegalStateException("another node closed some of these usage events first");
                }
            }
        }
        return count;
    }

    private static Map<Group, Integer> lastSequences(Connection c, List<String> instanceIds) throws SQLException {
        Map<Group, Integer> last = new HashMap<>();
        for (int from = 0; from < instanceIds.size(); from += Sql.IN_CHUNK) {
            List<String> chunk = instanceIds.subList(from, Math.min(instanceIds.size(), from + Sql.IN_CHUNK));
            try (PreparedStatement select = c.prepareStatement("SELECT instance_id, package_instance_id, period_start,"
                    + " MAX(sequence_no) FROM usage_record WHERE instance_id IN (" + Sql.marks(chunk.size()) + ")"
                    + " GROUP BY instance_id, package_instance_id, period_start")) {
                Sql.bind(select, chunk);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        last.put(new Group(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()), rs.getInt(4));
                    }
                }
            }
        }
        return last;
    }

    /** Protocol version and product of each instance: V1 products push with the old API and their product id. */
    private static Map<String, String[]> instances(Connection c, List<String> instanceIds) throws SQLException {
        Map<String, String[]> found = new HashMap<>();
        for (int from = 0; from < instanceIds.size(); from += Sql.IN_CHUNK) {
            List<String> chunk = instanceIds.subList(from, Math.min(instanceIds.size(), from + Sql.IN_CHUNK));
            try (PreparedStatement select = c.prepareStatement("SELECT instance_id, protocol_version, product_id"
                    + " FROM saas_instance WHERE instance_id IN (" + Sql.marks(chunk.size()) + ")")) {
                Sql.bind(select, chunk);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                    }
                }
            }
        }
        return found;
    }
}
