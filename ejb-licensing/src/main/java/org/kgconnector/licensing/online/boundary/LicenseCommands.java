package org.kgconnector.licensing.online.boundary;

import java.time.Instant;

/** The online-License and legacy-License activities, validated. */
public final class LicenseCommands {

    private LicenseCommands() {
    }

    /** {@code newInstance} (online, one instance per order line). */
    public record NewInstance(String orderId, String orderLineId, String businessId, boolean test) {
    }

    /** {@code getLicense} (legacy, one license per order). */
    public record GetLicense(String orderId, String businessId, String customerId, String customerName,
                             String productId, String skuCode, String periodType, Integer amount, Instant expireTime,
                             String expireTimeRaw, boolean test) {
    }

    /** {@code refreshInstance} / {@code refreshLicense}: a renewal order sets the absolute expiry. */
    public record Renew(String instanceId, String scene, String orderId, String orderLineId, String productId,
                        Instant expireTime, String expireTimeRaw, boolean test) {
    }

    /** {@code updateInstanceStatus} ({@code FREEZE}/{@code UNFREEZE}) and legacy {@code expireLicense} (a freeze). */
    public record Status(String instanceId, boolean freeze, boolean test) {
    }

    /** {@code releaseInstance} / {@code releaseLicense}. */
    public record Release(String instanceId, boolean test) {
    }

    /** {@code getLicenseAsync}. */
    public record ApplyLicense(String instanceId, String eventId, Instant effectiveTime, Instant expireTime,
                               String deviceFingerprint, boolean test) {
    }
}
