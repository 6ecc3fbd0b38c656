package org.kgconnector.spi;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Usage of one instance: the vendor's event id (at most 128 characters, unique for ever), the {@code instanceId}
 * the connector answered the marketplace with, a quantity greater than zero in the product's billing factor
 * (at most four decimals are kept), when it happened (not older than 21 days, not in the future), and the
 * package instance the usage is deducted from, or null.
 */
public record UsageEvent(String id, String instanceId, BigDecimal quantity, Instant time, String packageInstanceId) {
}
