package org.kgconnector.platform.cluster;

import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.kgconnector.persistence.node.NodeHeartbeat;
import org.kgconnector.platform.replay.NonceFirst;

/** Writes a node's heartbeat, one transaction per beat, and forgets the nodes silent for longer than asked. */
@Stateless
@Interceptors(NonceFirst.class)
public class HeartbeatStore {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    /** The node {@code name} is seen now; nodes not seen for {@code forgotten} are deleted. */
    public void beat(String name, String version, Instant started, Duration forgotten) {
        Instant now = Instant.now();
        NodeHeartbeat mine = em.find(NodeHeartbeat.class, name);
        if (mine == null) {
            em.persist(new NodeHeartbeat(name, version, started, now));
        } else {
            mine.seen(now);
        }
        em.createQuery("DELETE FROM NodeHeartbeat n WHERE n.seenAt < :forgotten")
                .setParameter("forgotten", now.minus(forgotten)).executeUpdate();
    }
}
