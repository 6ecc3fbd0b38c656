package org.kgconnector.licensing;

import org.kgconnector.protocol.result.ResultCode;

/** The answer to a License callback: result code and message, and the instance id or license where the family answers one. */
public record LicenseOutcome(ResultCode code, String message, String instanceId, String license) {

    public static LicenseOutcome of(ResultCode code) {
        return new LicenseOutcome(code, code.defaultMessage(), null, null);
    }

    public static LicenseOutcome of(ResultCode code, String message) {
        return new LicenseOutcome(code, message, null, null);
    }

    public static LicenseOutcome forInstance(String instanceId) {
        return new LicenseOutcome(ResultCode.SUCCESS, ResultCode.SUCCESS.defaultMessage(), instanceId, null);
    }
}
