package org.kgconnector.web.callback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.StringJoiner;
import org.kgconnector.protocol.log.CallbackRef;
import org.kgconnector.platform.ledger.CallbackRecord;
import org.kgconnector.platform.ledger.LedgerQueue;
import org.kgconnector.protocol.crypto.Hmac;

/**
 * Hands one exchange to the platform's inbound ledger, with secrets redacted from both bodies and the query; the
 * row is written off the request thread ({@link LedgerQueue}). Of a call that was not verified only a bounded
 * prefix of the body is kept, with the whole body's SHA-256 and a few request headers, so that unsigned traffic
 * cannot fill the database.
 */
@ApplicationScoped
public class LedgerWriter {

    /** How much of the body of a call that was not verified is kept (with the whole body's SHA-256 and length). */
    static final int UNVERIFIED_BODY_PREFIX = 4096;

    @Inject
    LedgerQueue ledger;

    /**
     * A single sign-on step, under the thread's current reference (a new one when the step began none); see
     * {@link CallbackRecord#login}.
     */
    public void recordLogin(String address, String step, String tenantId, String resultCode, String message,
                            long durationMs) {
        String ref = CallbackRef.current();
        ledger.add(CallbackRecord.login(ref == null ? CallbackRef.newRef() : ref, address, step, tenantId, resultCode,
                message, durationMs));
    }

    public void record(CallbackExchange exchange) {
        ReceivedCallback received = exchange.received();
        CallbackAnswer answer = exchange.answer();
        LedgerSubject subject = exchange.subject();
        boolean verified = exchange.verified() != null;
        byte[] body = received == null ? null : received.rawBody();
        ledger.add(new CallbackRecord(
                exchange.ref(),
                exchange.receivedAt(),
                exchange.arrival().elapsed().toMillis(),
                received == null ? "?" : received.method(),
                received == null ? "?" : received.address(),
                subject.activity(),
                exchange.verifiedKey() == null ? null : exchange.verifiedKey().id(),
                exchange.verification(),
                verified ? exchange.verified().payloadForm() : null,
                received == null ? null : Redaction.query(received.rawQuery()),
                body == null ? null : Redaction.json(verified ? body : prefix(body)),
                received == null ? 0 : Math.max(0, received.receivedBytes()),
                answer == null ? "000005" : answer.resultCode(),
                answer == null ? null : answer.resultMsg(),
                answer == null ? null : Redaction.json(answer.bytes()),
                subject.instanceId(),
                subject.testCall(),
                verified || received == null || !received.wholeBodyRead() ? null : Hmac.digestHex(body),
                verified || received == null ? null : headers(received)));
    }

    /** The first {@value #UNVERIFIED_BODY_PREFIX} bytes of an unverified call's body: all the ledger keeps of it. */
    private static byte[] prefix(byte[] body) {
        return body.length <= UNVERIFIED_BODY_PREFIX ? body : Arrays.copyOf(body, UNVERIFIED_BODY_PREFIX);
    }

    /** The kept request headers, one {@code name: value} per line, in a fixed order; {@code authToken} masked. */
    private static String headers(ReceivedCallback received) {
        StringJoiner lines = new StringJoiner("\n");
        for (String name : BodyCaptureFilter.KEPT_HEADERS) {
            String value = received.header(name);
            if (value != null) {
                lines.add(name + ": " + (name.equals("authtoken") ? Redaction.MASK : value));
            }
        }
        return lines.length() == 0 ? null : lines.toString();
    }
}
