package org.kgconnector.web.callback.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.kgconnector.persistence.ledger.InboundCallback;
import org.kgconnector.persistence.ledger.Verification;
import org.kgconnector.persistence.job.NodeIdentity;

/** Writes one ledger row per callback in a transaction of its own, with secrets redacted from both bodies. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LedgerWriter {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    /**
     * A single sign-on step (no marketplace signature): the address, the tenant's user if known, the outcome as a
     * result code ({@code 000000} admitted, {@code 000001} refused, {@code 000005} identity provider or
     * configuration failure) and its message. No code, ticket or token is stored.
     */
    public void recordLogin(String address, String step, String tenantId, String userName, String resultCode,
                            String message, long durationMs) {
        em.persist(new InboundCallback(new InboundCallback.Entry(Instant.now().minusMillis(durationMs), durationMs, "GET",
                address, step, null, Verification.NOT_SIGNED, null, "tenant=" + tenantId, null, 0, resultCode, message,
                null, null, null, NodeIdentity.name())));
    }

    public void record(CallbackExchange exchange) {
        byte[] answer = exchange.answer();
        Verification verification = exchange.verification() == null ? Verification.SIGNATURE_MISSING
                : exchange.verification();
        em.persist(new InboundCallback(new InboundCallback.Entry(
                exchange.receivedAt(),
                exchange.elapsedMillis(),
                exchange.method() == null ? "?" : exchange.method(),
                exchange.address() == null ? "?" : exchange.address(),
                exchange.activity(),
                exchange.verifiedKey() == null ? null : exchange.verifiedKey().id(),
                verification,
                exchange.payloadForm(),
                Redaction.query(exchange.rawQuery()),
                Redaction.json(exchange.rawBody()),
                exchange.receivedBytes(),
                exchange.resultCode() == null ? "000005" : exchange.resultCode(),
                exchange.resultMsg(),
                answer == null ? null : Redaction.json(answer),
                exchange.instanceId(),
                exchange.testCall(),
                NodeIdentity.name())));
    }
}
