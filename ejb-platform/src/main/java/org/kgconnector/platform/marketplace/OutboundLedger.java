package org.kgconnector.platform.marketplace;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kgconnector.persistence.outbound.OutboundCall;
import org.kgconnector.platform.replay.NonceFirst;

/** Writes the ledger row of an outbound call in a transaction of its own, whatever the caller's does after. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Interceptors(NonceFirst.class)
public class OutboundLedger {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    public void record(OutboundCall.Entry entry) {
        em.persist(new OutboundCall(entry));
    }
}
