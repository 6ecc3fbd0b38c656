package org.kgconnector.platform.cluster;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;
import org.kgconnector.persistence.node.NodeHeartbeat;
import org.kgconnector.platform.work.TimerRound;
import org.kgconnector.protocol.log.ConnectorLog;

/**
 * Every {@value #EVERY_SECONDS} s each node writes that it is alive (a non-persistent timer, as every timer of the
 * connector); the console shows the nodes seen within {@link #ALIVE} as alive, with their version. A node not seen
 * for {@link #FORGOTTEN} is forgotten (each start is a new node name). The write is a transaction of its own
 * ({@link HeartbeatStore}), outside the timeout: a beat that fails while the database is away is logged and the next
 * tick beats again, where a failed timeout would be retried on the server's terms (Open Liberty: after 5 minutes).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Heartbeat {

    /** A heartbeat of the node and what the console shows of it. */
    public record Node(String name, String version, Instant startedAt, Instant seenAt, boolean alive) {
    }

    static final int EVERY_SECONDS = 10;
    public static final Duration ALIVE = Duration.ofSeconds(3L * EVERY_SECONDS);
    static final Duration FORGOTTEN = Duration.ofDays(1);
    private static final Logger LOG = ConnectorLog.logger(Heartbeat.class);
    private static final String VERSION = readVersion();

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    @Inject
    ThisNode node;

    @Inject
    HeartbeatStore store;

    private final Instant started = Instant.now();

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "node heartbeat")
    public void tick() {
        TimerRound.run(LOG, "node heartbeat", () -> store.beat(node.name(), VERSION, started, FORGOTTEN));
    }

    /** The nodes seen within a day, the most recently started first. */
    public List<Node> nodes() {
        Instant now = Instant.now();
        return em.createQuery("SELECT n FROM NodeHeartbeat n ORDER BY n.startedAt DESC", NodeHeartbeat.class)
                .setMaxResults(100).getResultList().stream().map(n -> new Node(n.getNode(), n.getVersion(),
                        n.getStartedAt(), n.getSeenAt(), n.getSeenAt().isAfter(now.minus(ALIVE)))).toList();
    }

    /** The connector's version, as built. */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = Heartbeat.class.getResourceAsStream("/META-INF/koogallery-connector.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
