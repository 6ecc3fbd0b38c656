package org.kgconnector.web.callback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kgconnector.platform.ledger.CallbackLedger;
import org.kgconnector.platform.ledger.CallbackRecord;
import org.kgconnector.protocol.signature.Verification;

/** Hands one exchange to the platform's inbound ledger, with secrets redacted from both bodies and the query. */
@ApplicationScoped
public class LedgerWriter {

    @Inject
    CallbackLedger ledger;

    /** A single sign-on step; see {@link CallbackLedger#recordLogin}. */
    public void recordLogin(String address, String step, String tenantId, String userName, String resultCode,
                            String message, long durationMs) {
        ledger.recordLogin(address, step, tenantId, userName, resultCode, message, durationMs);
    }

    public void record(CallbackExchange exchange) {
        byte[] answer = exchange.answer();
        Verification verification = exchange.verification() == null ? Verification.SIGNATURE_MISSING
                : exchange.verification();
        ledger.record(new CallbackRecord(
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
                exchange.testCall()));
    }
}
