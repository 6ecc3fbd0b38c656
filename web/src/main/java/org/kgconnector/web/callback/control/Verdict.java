package org.kgconnector.web.callback.control;

import org.kgconnector.protocol.crypto.AccessKey;
import org.kgconnector.protocol.result.ResultCode;
import org.kgconnector.protocol.signature.Verification;
import java.util.Map;

/**
 * How the signature check of one callback ended: verified with a key (and the payload form that matched, and the
 * nonce still to be recorded, or for V1 the {@code authToken} that verified), or refused with the result code and message to answer.
 */
record Verdict(Verification verification, AccessKey key, String form, Map<String, String> parameters, String nonce,
               String v1Token, ResultCode code, String message) {

    /** A V1 call verified by its {@code authToken}, over the body's members. */
    static Verdict verifiedV1(AccessKey key, String form, String token) {
        return verifiedV1(key, form, Map.of(), token);
    }

    /** A V1 call verified by its {@code authToken}, over query parameters as the reading that verified decoded them. */
    static Verdict verifiedV1(AccessKey key, String form, Map<String, String> parameters, String token) {
        return new Verdict(Verification.VERIFIED, key, form, parameters, null, token, null, null);
    }

    /** Verified, with a nonce that is recorded with the callback's change (or on its own when it changes nothing). */
    static Verdict verifiedWithNonce(AccessKey key, String form, String nonce) {
        return new Verdict(Verification.VERIFIED, key, form, Map.of(), nonce, null, null, null);
    }

    static Verdict refused(Verification why, ResultCode code, String message) {
        return new Verdict(why, null, null, Map.of(), null, null, code, message);
    }

    static Verdict replayed() {
        return refused(Verification.NONCE_REPLAYED, ResultCode.AUTHENTICATION_FAILED, "nonce was used before.");
    }

    /** The same verified call, recorded as answered from an earlier success (V1). */
    Verdict answeredBefore() {
        return new Verdict(Verification.ANSWERED_BEFORE, key, form, parameters, nonce, v1Token, code, message);
    }

    boolean isVerified() {
        return verification == Verification.VERIFIED;
    }
}
