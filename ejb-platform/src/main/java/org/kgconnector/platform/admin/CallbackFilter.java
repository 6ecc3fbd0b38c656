package org.kgconnector.platform.admin;

import java.time.Instant;
import org.kgconnector.platform.ledger.CallbackFamily;
import org.kgconnector.protocol.signature.Verification;

/**
 * Which ledger rows the operator asks for; every part optional (null: any). {@code to} is exclusive; {@code ref} is the
 * reference a log line names.
 */
public record CallbackFilter(CallbackFamily family, String activity, String resultCode, Verification verification,
                             Instant from, Instant to, String instanceId, String ref) {
}
