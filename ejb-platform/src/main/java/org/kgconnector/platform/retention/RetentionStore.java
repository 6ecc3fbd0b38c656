package org.kgconnector.platform.retention;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.kgconnector.platform.replay.NonceFirst;

/** Deletes one batch of a rule's old rows, in a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Interceptors(NonceFirst.class)
public class RetentionStore {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    /** @return how many rows went */
    public int trimBatch(RetentionRule rule, Instant before, int batch) {
        var delete = em.createNativeQuery(rule.deleteSql()).setParameter(1, before);
        if (rule.batched()) {
            delete.setParameter(2, batch);
        }
        return delete.executeUpdate();
    }
}
