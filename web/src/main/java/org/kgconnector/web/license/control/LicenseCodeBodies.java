package org.kgconnector.web.license.control;

import static org.kgconnector.web.callback.control.JsonFields.optional;
import static org.kgconnector.web.callback.control.JsonFields.required;
import static org.kgconnector.web.callback.control.JsonFields.testFlag;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Set;
import org.kgconnector.licensing.code.boundary.CodeCommands;
import org.kgconnector.web.callback.control.InvalidCallbackException;

/** Validates license-code bodies (docs/protocol/license.md §1.2) field by field into command records. */
public final class LicenseCodeBodies {

    static final int ID = 64;
    private static final Set<String> SCENES = Set.of("RENEWAL", "UNSUBSCRIBE_RENEWAL_PERIOD");

    private LicenseCodeBodies() {
    }

    public static CodeCommands.Refresh refresh(JsonObject body) {
        String scene = required(body, "scene", 64);
        if (!SCENES.contains(scene)) {
            throw new InvalidCallbackException("scene must be RENEWAL or UNSUBSCRIBE_RENEWAL_PERIOD.");
        }
        String raw = required(body, "expireTime", 20);
        Instant expireTime = LicenseFields.expireTime(raw);
        return new CodeCommands.Refresh(required(body, "license", ID), scene, required(body, "orderId", ID),
                required(body, "orderLineId", ID), optional(body, "productId", ID), expireTime, raw, testFlag(body));
    }

    public static CodeCommands.Status status(JsonObject body) {
        return new CodeCommands.Status(required(body, "license", ID), LicenseFields.freeze(required(body, "status", 32)),
                testFlag(body));
    }

    public static CodeCommands.Release release(JsonObject body) {
        return new CodeCommands.Release(required(body, "license", ID), optional(body, "orderId", ID),
                optional(body, "orderLineId", ID), testFlag(body));
    }

    /** The code a body names, for the ledger; never throws. */
    public static String licenseForLedger(JsonObject body) {
        String license = body.getString("license", null);
        return license == null ? null : license.length() > ID ? license.substring(0, ID) : license;
    }
}
