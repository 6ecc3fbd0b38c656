package org.kgconnector.web.license.control;

import static org.kgconnector.web.callback.control.JsonFields.optional;
import static org.kgconnector.web.callback.control.JsonFields.required;
import static org.kgconnector.web.callback.control.JsonFields.testFlag;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import org.kgconnector.licensing.online.boundary.LicenseCommands;
import org.kgconnector.web.callback.control.InvalidCallbackException;

/** Validates online-License bodies (docs/protocol/license.md §2.3) field by field into command records. */
public final class OnlineLicenseBodies {

    static final int ID = 64;
    private static final Set<String> SCENES = Set.of("TRIAL_TO_FORMAL", "RENEWAL", "UNSUBSCRIBE_RENEWAL_PERIOD",
            "RENEWAL_CHANGE");

    private OnlineLicenseBodies() {
    }

    public static LicenseCommands.NewInstance newInstance(JsonObject body) {
        return new LicenseCommands.NewInstance(required(body, "orderId", ID), required(body, "orderLineId", ID),
                required(body, "businessId", ID), testFlag(body));
    }

    public static LicenseCommands.Renew refreshInstance(JsonObject body) {
        String scene = required(body, "scene", 64);
        if (!SCENES.contains(scene)) {
            throw new InvalidCallbackException("scene " + scene + " is not known.");
        }
        String raw = required(body, "expireTime", 20);
        return new LicenseCommands.Renew(required(body, "instanceId", ID), scene, required(body, "orderId", ID),
                required(body, "orderLineId", ID), optional(body, "productId", ID), LicenseFields.expireTime(raw), raw,
                testFlag(body));
    }

    public static LicenseCommands.Status updateInstanceStatus(JsonObject body) {
        return new LicenseCommands.Status(required(body, "instanceId", ID), LicenseFields.freeze(required(body, "status", 32)),
                testFlag(body));
    }

    public static LicenseCommands.Release releaseInstance(JsonObject body) {
        return new LicenseCommands.Release(required(body, "instanceId", ID), testFlag(body));
    }

    /** {@code getLicenseAsync}; the fingerprint is compared upper-case, as the client SDK produces it. */
    public static LicenseCommands.ApplyLicense getLicenseAsync(JsonObject body) {
        Instant effective = LicenseFields.licenseTime("effectiveTime", required(body, "effectiveTime", 32));
        Instant expire = LicenseFields.licenseTime("expireTime", optional(body, "expireTime", 32));
        if (expire != null && expire.isBefore(effective)) {
            throw new InvalidCallbackException("expireTime is before effectiveTime.");
        }
        String fingerprint = optional(body, "deviceFingerprint", 1024);
        return new LicenseCommands.ApplyLicense(required(body, "instanceId", ID), required(body, "eventId", ID),
                effective, expire, fingerprint == null ? null : fingerprint.toUpperCase(Locale.ROOT), testFlag(body));
    }
}
