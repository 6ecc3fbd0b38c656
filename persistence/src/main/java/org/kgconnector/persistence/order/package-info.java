/**
 * Orders: the notifications received from the marketplace ({@code orderNotify}, one per order line) and what the
 * query-order API said about an order line ({@link org.kgconnector.persistence.order.MarketplaceOrder}).
 */
package org.kgconnector.persistence.order;
