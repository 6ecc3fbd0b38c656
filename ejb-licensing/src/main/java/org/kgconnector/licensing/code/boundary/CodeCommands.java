package org.kgconnector.licensing.code.boundary;

import java.time.Instant;

/** The license-code callbacks (docs/protocol/license.md §1.2), validated. */
public final class CodeCommands {

    private CodeCommands() {
    }

    /** {@code refreshLicenseCode}: a renewal or a cancelled renewal period sets the code's expiry. */
    public record Refresh(String license, String scene, String orderId, String orderLineId, String productId,
                          Instant expireTime, String expireTimeRaw, boolean test) {

        public boolean renewal() {
            return "RENEWAL".equals(scene);
        }
    }

    /** {@code updateLicenseCodeStatus}: {@code FREEZE} or {@code UNFREEZE}. */
    public record Status(String license, boolean freeze, boolean test) {
    }

    /** {@code releaseLicenseCode}; the order is the unsubscribe order when an unsubscribe caused it. */
    public record Release(String license, String orderId, String orderLineId, boolean test) {
    }
}
