package org.kgconnector.platform.cluster;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.kgconnector.platform.replay.NonceFirst;

/** A named lease in the database: one node at a time holds it until it expires or is renewed by its holder. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Interceptors(NonceFirst.class)
public class ClusterLease {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    /** Takes or renews the lease for {@code holding}; false when another node holds a live one. */
    public boolean acquire(String name, String owner, Duration holding) {
        Instant now = Instant.now();
        return em.createNativeQuery("UPDATE cluster_lease SET owner = ?1, lease_until = ?2"
                        + " WHERE name = ?3 AND (lease_until < ?4 OR owner = ?1)")
                .setParameter(1, owner).setParameter(2, now.plus(holding)).setParameter(3, name).setParameter(4, now)
                .executeUpdate() == 1;
    }
}
