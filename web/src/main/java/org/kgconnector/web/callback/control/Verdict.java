package org.kgconnector.web.callback.control;

import org.kgconnector.protocol.crypto.AccessKey;
import org.kgconnector.protocol.result.ResultCode;
import org.kgconnector.protocol.signature.Verification;
import java.util.Map;

/**
 * How the signature check of one callback ended: verified with a key (and the payload form that matched), or
 * refused with the result code and message to answer.
 */
record Verdict(Verification verification, AccessKey key, String form, Map<String, String> parameters, ResultCode code,
               String message) {

    static Verdict verified(AccessKey key, String form) {
        return verified(key, form, Map.of());
    }

    /** Verified over query parameters, as the reading that verified decoded them. */
    static Verdict verified(AccessKey key, String form, Map<String, String> parameters) {
        return new Verdict(Verification.VERIFIED, key, form, parameters, null, null);
    }

    static Verdict refused(Verification why, ResultCode code, String message) {
        return new Verdict(why, null, null, Map.of(), code, message);
    }

    boolean isVerified() {
        return verification == Verification.VERIFIED;
    }
}
