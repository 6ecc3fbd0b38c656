package org.kgconnector.platform.ledger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.kgconnector.persistence.job.NodeIdentity;
import org.kgconnector.persistence.ledger.InboundCallback;

/**
 * The inbound ledger: one row per callback or login step, named by the node. Rows arrive through the
 * {@link LedgerQueue} and are committed a batch per transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CallbackLedger {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    /** Commits the rows in one transaction. */
    public void recordAll(List<CallbackRecord> rows) {
        for (CallbackRecord row : rows) {
            persist(row);
        }
    }

    private void persist(CallbackRecord r) {
        em.persist(new InboundCallback(new InboundCallback.Entry(r.ref(), r.receivedAt(), r.durationMs(),
                r.httpMethod(), r.address(), r.activity(), r.keyId(), r.verification(), r.payloadForm(), r.requestQuery(),
                r.requestBody(), r.bodyBytes(), r.resultCode(), r.resultMsg(), r.answerBody(), r.instanceId(),
                r.testCall(), NodeIdentity.name(), r.bodySha256(), r.requestHeaders())));
    }
}
