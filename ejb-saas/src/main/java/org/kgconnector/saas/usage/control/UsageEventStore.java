package org.kgconnector.saas.usage.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;
import org.kgconnector.platform.replay.NonceFirst;
import org.kgconnector.spi.UsageEvent;

/** Writes usage events in JDBC batches, each event id once (a unique constraint), and reads which instances are live. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Interceptors(NonceFirst.class)
public class UsageEventStore {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    /** @return how many of the events were new and are now recorded */
    public int insertNew(List<UsageEvent> events, Instant now) {
        Set<String> known = existing(events.stream().map(UsageEvent::id).toList());
        int[] inserted = {0};
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO usage_event (event_id, instance_id,"
                    + " package_instance_id, event_time, hour_start, quantity, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (UsageEvent e : events) {
                    if (known.contains(e.id())) {
                        continue;
                    }
                    insert.setString(1, e.id());
                    insert.setString(2, e.instanceId());
                    insert.setString(3, e.packageInstanceId() == null ? "" : e.packageInstanceId());
                    insert.setTimestamp(4, Timestamp.from(e.time()));
                    insert.setTimestamp(5, Timestamp.from(e.time().truncatedTo(ChronoUnit.HOURS)));
                    insert.setBigDecimal(6, e.quantity());
                    insert.setTimestamp(7, Timestamp.from(now));
                    insert.addBatch();
                    inserted[0]++;
                }
                insert.executeBatch();
            }
        });
        return inserted[0];
    }

    private Set<String> existing(List<String> ids) {
        Set<String> found = new HashSet<>();
        for (int from = 0; from < ids.size(); from += Sql.IN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + Sql.IN_CHUNK));
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT event_id FROM usage_event WHERE event_id IN (" + Sql.marks(chunk.size()) + ")")) {
                    Sql.bind(select, chunk);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            found.add(rs.getString(1));
                        }
                    }
                }
            });
        }
        return found;
    }

    /** The instances among {@code ids} that exist and are not released. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Set<String> liveInstances(List<String> ids) {
        Set<String> live = new HashSet<>();
        for (int from = 0; from < ids.size(); from += Sql.IN_CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + Sql.IN_CHUNK));
            em.unwrap(Session.class).doWork(connection -> {
                try (PreparedStatement select = connection.prepareStatement("SELECT instance_id FROM saas_instance"
                        + " WHERE lifecycle <> 'RELEASED' AND instance_id IN (" + Sql.marks(chunk.size()) + ")")) {
                    Sql.bind(select, chunk);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            live.add(rs.getString(1));
                        }
                    }
                }
            });
        }
        return live;
    }
}
