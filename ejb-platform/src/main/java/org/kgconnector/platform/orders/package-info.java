/**
 * Orders: the query-order API and the {@code marketplace_order} rows it fills, the {@code orderNotify} callbacks of
 * every production address, and {@link org.kgconnector.platform.orders.OrderFetched}, the event by which a family
 * learns of a fetched order without the platform writing its rows.
 */
package org.kgconnector.platform.orders;
