package org.kgconnector.spi;

import java.time.Instant;

/**
 * What a license is for: the instance and its order, the validity asked for, the device (the fingerprint the
 * client SDK sends: {@code MAC|disk|mainboard|CPU}, upper-case; null for legacy licenses), the marketplace's
 * event id (null for legacy licenses) and whether this is marketplace test traffic.
 */
public record LicenseRequest(String instanceId, String orderId, String productId, String skuCode,
                             Instant effectiveTime, Instant expireTime, String deviceFingerprint, String eventId,
                             boolean test) {
}
