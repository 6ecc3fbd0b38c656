package org.kgconnector.saas.instance.boundary;

import java.util.List;
import org.kgconnector.protocol.result.ResultCode;
import org.kgconnector.spi.AppInfo;

/**
 * What a SaaS callback answers: its result code and message and, depending on the activity, the instance id
 * ({@code newInstance}) or the instance information ({@code queryInstance}).
 */
public record CallbackOutcome(ResultCode code, String message, String instanceId, List<InstanceInfo> info) {

    /** One entry of a {@code queryInstance} answer. */
    public record InstanceInfo(String instanceId, AppInfo appInfo) {
    }

    public static CallbackOutcome of(ResultCode code) {
        return new CallbackOutcome(code, code.defaultMessage(), null, null);
    }

    public static CallbackOutcome of(ResultCode code, String message) {
        return new CallbackOutcome(code, message, null, null);
    }

    public static CallbackOutcome forInstance(ResultCode code, String message, String instanceId) {
        return new CallbackOutcome(code, message, instanceId, null);
    }

    public static CallbackOutcome withInfo(List<InstanceInfo> info) {
        return new CallbackOutcome(ResultCode.SUCCESS, ResultCode.SUCCESS.defaultMessage(), null, info);
    }
}
