package org.kgconnector.web.callback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kgconnector.platform.ledger.CallbackRecord;
import org.kgconnector.platform.ledger.LedgerQueue;

/**
 * Hands one exchange to the platform's inbound ledger, with secrets redacted from both bodies and the query; the
 * row is written off the request thread ({@link LedgerQueue}).
 */
@ApplicationScoped
public class LedgerWriter {

    @Inject
    LedgerQueue ledger;

    /** A single sign-on step; see {@link CallbackRecord#login}. */
    public void recordLogin(String address, String step, String tenantId, String resultCode, String message,
                            long durationMs) {
        ledger.add(CallbackRecord.login(address, step, tenantId, resultCode, message, durationMs));
    }

    public void record(CallbackExchange exchange) {
        ReceivedCallback received = exchange.received();
        CallbackAnswer answer = exchange.answer();
        LedgerSubject subject = exchange.subject();
        ledger.add(new CallbackRecord(
                exchange.receivedAt(),
                exchange.arrival().elapsed().toMillis(),
                received == null ? "?" : received.method(),
                received == null ? "?" : received.address(),
                subject.activity(),
                exchange.verifiedKey() == null ? null : exchange.verifiedKey().id(),
                exchange.verification(),
                exchange.verified() == null ? null : exchange.verified().payloadForm(),
                received == null ? null : Redaction.query(received.rawQuery()),
                received == null ? null : Redaction.json(received.rawBody()),
                received == null ? 0 : received.receivedBytes(),
                answer == null ? "000005" : answer.resultCode(),
                answer == null ? null : answer.resultMsg(),
                answer == null ? null : Redaction.json(answer.bytes()),
                subject.instanceId(),
                subject.testCall()));
    }
}
