package org.kgconnector.platform.ledger;

import java.time.Instant;
import org.kgconnector.protocol.signature.Verification;

/**
 * What the inbound ledger keeps of one exchange, bodies already redacted by the caller: the reference it is known by
 * in the server log and in its answer ({@link org.kgconnector.protocol.log.CallbackRef}, made when it arrived),
 * when it arrived, how long it took, the request line, how its signature check ended, the answer and what it
 * concerned; for a call that was not verified, only a prefix of its body, with the whole body's SHA-256 and a few
 * request headers.
 */
public record CallbackRecord(String ref, Instant receivedAt, long durationMs, String httpMethod, String address,
                             String activity, String keyId, Verification verification, String payloadForm, String requestQuery,
                             String requestBody, int bodyBytes, String resultCode, String resultMsg, String answerBody,
                             String instanceId, Boolean testCall, String bodySha256, String requestHeaders) {

    /**
     * A single sign-on step (no marketplace signature): the address, the tenant's user if known, the outcome as a
     * result code ({@code 000000} admitted, {@code 000001} refused, {@code 000005} identity provider or
     * configuration failure) and its message. No code, ticket or token is kept.
     */
    public static CallbackRecord login(String ref, String address, String step, String tenantId, String resultCode,
                                       String message, long durationMs) {
        return new CallbackRecord(ref, Instant.now().minusMillis(durationMs), durationMs, "GET", address, step, null,
                Verification.NOT_SIGNED, null, "tenant=" + tenantId, null, 0, resultCode, message, null, null, null, null,
                null);
    }
}
