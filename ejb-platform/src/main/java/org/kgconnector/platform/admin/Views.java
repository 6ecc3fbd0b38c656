package org.kgconnector.platform.admin;

import java.time.Instant;
import java.util.List;
import org.kgconnector.persistence.usage.UsageRecord;

/** What the admin API shows; never a secret (no password, no key, no clear contact data). */
public final class Views {

    private Views() {
    }

    /** An instance as the operator sees it. */
    public record InstanceView(String instanceId, String orderId, String orderLineId, String protocolVersion,
                               boolean test, String lifecycle, String provisioning, String provisioningError,
                               String productId, String chargingMode, Instant expireTime, Instant createdAt,
                               Instant updatedAt) {
    }

    /** A provisioning job. */
    public record JobView(long id, String instanceId, String action, String state, int attempts, Instant nextAttemptAt,
                          String lastError) {
    }

    /** A ledger row, bodies redacted as stored. */
    public record CallbackView(long id, Instant receivedAt, long durationMs, String method, String address,
                               String activity, String keyId, String verification, String resultCode, String resultMsg,
                               String instanceId, Boolean test, String node, String requestQuery, String requestBody,
                               String answerBody) {
    }

    /** A usage record as the operator sees it. */
    public record UsageRecordView(long id, String instanceId, String packageInstanceId, Instant periodStart,
                                  int sequence, String meteringSn, String usageValue, String pushApi, String state,
                                  int attempts, Instant nextAttemptAt, String lastError) {
    }

    static UsageRecordView of(UsageRecord r) {
        return new UsageRecordView(r.getId(), r.getInstanceId(), r.getPackageInstanceId(), r.getPeriodStart(),
                r.getSequence(), r.getMeteringSn(), r.getUsageValue().toPlainString(), r.getPushApi(), r.getState().name(),
                r.getAttempts(), r.getNextAttemptAt(), r.getLastError());
    }

    /** One instance with its jobs and the callbacks that named it. */
    public record InstanceDetail(InstanceView instance, List<JobView> jobs, List<CallbackView> callbacks) {
    }
}
