package org.kgconnector.platform.orders;

/**
 * An {@code orderNotify} callback (docs/protocol/openapi.md §9): the order line it names, the production address it
 * came to, and whether it was a test call.
 */
public record OrderNotice(String orderId, String orderLineId, String address, boolean test) {
}
