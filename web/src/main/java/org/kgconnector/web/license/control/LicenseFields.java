package org.kgconnector.web.license.control;

import java.time.Instant;
import org.kgconnector.protocol.time.ProtocolTime;
import org.kgconnector.web.callback.control.InvalidCallbackException;

/** Readings shared by the License families: expiry times, license times and freeze statuses. */
final class LicenseFields {

    private LicenseFields() {
    }

    static Instant expireTime(String raw) {
        return ProtocolTime.parseExpireTime(raw).orElseThrow(
                () -> new InvalidCallbackException("expireTime must be yyyyMMddHHmmss or yyyyMMddHHmmssSSS."));
    }

    /** A {@code getLicenseAsync} time (for example {@code 2023-10-27 10:30:15 z}); null stays null. */
    static Instant licenseTime(String name, String raw) {
        return raw == null ? null : ProtocolTime.parseLenient(raw).orElseThrow(
                () -> new InvalidCallbackException(name + " must be a UTC time such as 2023-10-27 10:30:15 z."));
    }

    static boolean freeze(String status) {
        return switch (status) {
            case "FREEZE" -> true;
            case "UNFREEZE" -> false;
            default -> throw new InvalidCallbackException("status must be FREEZE or UNFREEZE.");
        };
    }
}
