package org.kgconnector.platform.ledger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.kgconnector.persistence.job.NodeIdentity;
import org.kgconnector.persistence.ledger.InboundCallback;
import org.kgconnector.protocol.signature.Verification;

/** The inbound ledger: one row per callback or login step, in a transaction of its own, named by the node. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CallbackLedger {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    public void record(CallbackRecord r) {
        em.persist(new InboundCallback(new InboundCallback.Entry(r.receivedAt(), r.durationMs(), r.httpMethod(),
                r.address(), r.activity(), r.keyId(), r.verification(), r.payloadForm(), r.requestQuery(),
                r.requestBody(), r.bodyBytes(), r.resultCode(), r.resultMsg(), r.answerBody(), r.instanceId(),
                r.testCall(), NodeIdentity.name())));
    }

    /**
     * A single sign-on step (no marketplace signature): the address, the tenant's user if known, the outcome as a
     * result code ({@code 000000} admitted, {@code 000001} refused, {@code 000005} identity provider or
     * configuration failure) and its message. No code, ticket or token is stored.
     */
    public void recordLogin(String address, String step, String tenantId, String userName, String resultCode,
                            String message, long durationMs) {
        record(new CallbackRecord(Instant.now().minusMillis(durationMs), durationMs, "GET", address, step, null,
                Verification.NOT_SIGNED, null, "tenant=" + tenantId, null, 0, resultCode, message, null, null, null));
    }
}
