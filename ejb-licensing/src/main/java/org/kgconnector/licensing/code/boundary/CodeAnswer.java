package org.kgconnector.licensing.code.boundary;

import java.time.Instant;
import org.kgconnector.licensing.code.control.Verdict;
import org.kgconnector.persistence.license.CodeState;
import org.kgconnector.persistence.license.LicenseCode;

/**
 * What the vendor's software is told about a code: the marketplace's verdict on the request (null when the
 * connector answered from its own state), whether the software may be used now, the code's state and expiry,
 * when the marketplace last confirmed it, and whether that confirmation is older than it should be because the
 * marketplace could not be asked.
 */
public record CodeAnswer(String license, Verdict verdict, boolean usable, String state, Instant expireTime,
                         Instant confirmedAt, boolean stale, String message) {

    static CodeAnswer of(LicenseCode code, Verdict verdict, boolean stale, String message) {
        CodeState state = code.state(Instant.now());
        return new CodeAnswer(code.getLicense(), verdict, state.usable(), state.name(), code.getExpireTime(),
                code.getRefreshedAt(), stale, message == null ? describe(state) : message);
    }

    static CodeAnswer unknown(String license, Verdict verdict) {
        return new CodeAnswer(license, verdict, false, "UNKNOWN", null, null, false, verdict.message());
    }

    private static String describe(CodeState state) {
        return switch (state) {
            case ACTIVE -> "the code is usable.";
            case NOT_ACTIVATED -> "the code has not been activated yet.";
            case EXPIRED -> "the code has expired: renew it on KooGallery.";
            case FROZEN -> "the code is frozen: renew it on KooGallery; data is kept during the freeze.";
            case RELEASED -> "the code is released.";
        };
    }
}
