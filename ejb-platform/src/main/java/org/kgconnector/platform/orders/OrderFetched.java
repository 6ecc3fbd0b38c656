package org.kgconnector.platform.orders;

import org.kgconnector.persistence.order.MarketplaceOrder;

/**
 * Fired, synchronously and inside the transaction that stores it, when an order line was fetched: a family that
 * keeps something of the order (licensing: product, SKU, quantity, expiry of a License instance) observes it
 * instead of the platform writing the family's rows.
 */
public record OrderFetched(String orderId, String orderLineId, MarketplaceOrder.Details details) {
}
