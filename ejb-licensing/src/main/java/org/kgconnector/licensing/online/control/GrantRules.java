package org.kgconnector.licensing.online.control;

import java.time.Instant;
import java.util.List;
import org.kgconnector.licensing.online.boundary.LicenseCommands;
import org.kgconnector.persistence.instance.Lifecycle;
import org.kgconnector.persistence.license.LicenseInstance;
import org.kgconnector.persistence.order.MarketplaceOrder;
import org.kgconnector.protocol.result.ResultCode;

/**
 * The checks of a new license application (docs/protocol/license.md §2.5), in this order: a device fingerprint where licenses
 * are device-bound (000903), an expiry for a periodic product (000902), within the instance's validity and not
 * frozen (000901), and no more devices than the order's quantity (000900).
 */
public final class GrantRules {

    private GrantRules() {
    }

    /** @return null when the application may be granted, else the code that refuses it */
    public static ResultCode check(LicenseCommands.ApplyLicense cmd, LicenseInstance instance, MarketplaceOrder order,
                                   List<String> licensedDevices, String fingerprintSha256, boolean fingerprintRequired) {
        if (fingerprintRequired && cmd.deviceFingerprint() == null) {
            return ResultCode.LICENSE_FINGERPRINT_REQUIRED;
        }
        boolean periodic = order != null ? order.isPeriodic() : instance.getExpireTime() != null;
        if (periodic && cmd.expireTime() == null) {
            return ResultCode.LICENSE_EXPIRY_REQUIRED;
        }
        Instant validUntil = instance.getExpireTime();
        if (instance.getLifecycle() == Lifecycle.FROZEN
                || (validUntil != null && (cmd.effectiveTime().isAfter(validUntil)
                        || (cmd.expireTime() != null && cmd.expireTime().isAfter(validUntil))))) {
            return ResultCode.LICENSE_OUTSIDE_VALIDITY;
        }
        Integer quota = order != null && order.getLinearValue() != null ? order.getLinearValue() : instance.getAmount();
        if (quota != null && !licensedDevices.contains(fingerprintSha256) && licensedDevices.size() >= quota) {
            return ResultCode.LICENSE_QUOTA_EXHAUSTED;
        }
        return null;
    }
}
