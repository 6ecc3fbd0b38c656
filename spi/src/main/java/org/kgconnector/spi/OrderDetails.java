package org.kgconnector.spi;

import java.time.Instant;

/**
 * What the marketplace's query-order API says about the order line of an event (docs/protocol/openapi.md §7), for the vendor's
 * provisioning: plan ({@code skuCode}; {@code productId} may change on renewal), charging mode ({@code PERIOD},
 * {@code ON_DEMAND}, {@code ONE_TIME}, {@code ON_DEMAND_PKG}), period, expiry (UTC), quantity of the linear
 * attribute, buyer, and the extension parameters as JSON {@code {"order":[{name,value}…],"line":[…]}}.
 */
public record OrderDetails(String orderType, String chargingMode, String periodType, Integer periodNumber,
                           Instant expireTime, String productId, String skuCode, String productName,
                           Integer linearValue, String customerId, String customerName, String extendParams) {
}
