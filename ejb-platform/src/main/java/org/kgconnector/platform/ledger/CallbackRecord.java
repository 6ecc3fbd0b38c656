package org.kgconnector.platform.ledger;

import java.time.Instant;
import org.kgconnector.protocol.signature.Verification;

/**
 * What the inbound ledger keeps of one exchange, bodies already redacted by the caller: when it arrived, how long
 * it took, the request line, how its signature check ended, the answer and what it concerned.
 */
public record CallbackRecord(Instant receivedAt, long durationMs, String httpMethod, String address, String activity,
                             String keyId, Verification verification, String payloadForm, String requestQuery,
                             String requestBody, int bodyBytes, String resultCode, String resultMsg, String answerBody,
                             String instanceId, Boolean testCall) {
}
