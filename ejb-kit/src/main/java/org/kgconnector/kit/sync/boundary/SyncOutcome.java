package org.kgconnector.kit.sync.boundary;

import org.kgconnector.protocol.result.ResultCode;

/** The answer of a Kit sync. */
public record SyncOutcome(ResultCode code, String message) {

    public static SyncOutcome success() {
        return new SyncOutcome(ResultCode.SUCCESS, ResultCode.SUCCESS.defaultMessage());
    }

    public static SyncOutcome undocumentedFlag() {
        return new SyncOutcome(ResultCode.SUCCESS, "undocumented flag: nothing changed.");
    }
}
