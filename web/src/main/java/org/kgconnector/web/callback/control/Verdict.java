package org.kgconnector.web.callback.control;

import org.kgconnector.protocol.crypto.AccessKey;
import org.kgconnector.protocol.result.ResultCode;
import org.kgconnector.protocol.signature.Verification;
import java.util.Map;

/**
 * How the signature check of one callback ended: verified with a key (and the payload form that matched, and the
 * nonce still to be recorded when the scheme has one), or refused with the result code and message to answer.
 */
record Verdict(Verification verification, AccessKey key, String form, Map<String, String> parameters, String nonce,
               ResultCode code, String message) {

    static Verdict verified(AccessKey key, String form) {
        return verified(key, form, Map.of());
    }

    /** Verified over query parameters, as the reading that verified decoded them. */
    static Verdict verified(AccessKey key, String form, Map<String, String> parameters) {
        return new Verdict(Verification.VERIFIED, key, form, parameters, null, null, null);
    }

    /** Verified, with a nonce that is recorded with the callback's change (or on its own when it changes nothing). */
    static Verdict verifiedWithNonce(AccessKey key, String form, String nonce) {
        return new Verdict(Verification.VERIFIED, key, form, Map.of(), nonce, null, null);
    }

    static Verdict refused(Verification why, ResultCode code, String message) {
        return new Verdict(why, null, null, Map.of(), null, code, message);
    }

    static Verdict replayed() {
        return refused(Verification.NONCE_REPLAYED, ResultCode.AUTHENTICATION_FAILED, "nonce was used before.");
    }

    boolean isVerified() {
        return verification == Verification.VERIFIED;
    }
}
