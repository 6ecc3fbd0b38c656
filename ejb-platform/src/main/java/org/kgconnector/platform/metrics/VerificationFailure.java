package org.kgconnector.platform.metrics;

import java.util.Locale;
import java.util.Optional;
import org.kgconnector.protocol.signature.Verification;

/**
 * Whether a callback's check failed, and why, in the metrics' {@code reason} label: every outcome but a verified
 * call, a V1 call answered again ({@code ANSWERED_BEFORE}, verified) and a login step, which carries no marketplace
 * signature ({@code NOT_SIGNED}).
 */
public final class VerificationFailure {

    private VerificationFailure() {
    }

    /** The reason ({@code signature_mismatch}, {@code nonce_replayed}, …), or empty when the check did not fail. */
    public static Optional<String> reason(Verification verification) {
        if (verification == null || verification == Verification.VERIFIED
                || verification == Verification.ANSWERED_BEFORE || verification == Verification.NOT_SIGNED) {
            return Optional.empty();
        }
        return Optional.of(verification.name().toLowerCase(Locale.ROOT));
    }
}
