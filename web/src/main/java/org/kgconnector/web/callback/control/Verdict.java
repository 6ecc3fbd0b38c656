package org.kgconnector.web.callback.control;

import org.kgconnector.protocol.crypto.AccessKey;
import org.kgconnector.protocol.result.ResultCode;
import org.kgconnector.protocol.signature.Verification;

/**
 * How the signature check of one callback ended: verified with a key (and the payload form that matched), or
 * refused with the result code and message to answer.
 */
record Verdict(Verification verification, AccessKey key, String form, ResultCode code, String message) {

    static Verdict verified(AccessKey key, String form) {
        return new Verdict(Verification.VERIFIED, key, form, null, null);
    }

    static Verdict refused(Verification why, ResultCode code, String message) {
        return new Verdict(why, null, null, code, message);
    }

    boolean isVerified() {
        return verification == Verification.VERIFIED;
    }
}
