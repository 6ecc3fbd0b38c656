package org.kgconnector.spi;

import java.time.Instant;

/**
 * An instance and the order that caused the event.
 *
 * @param instanceId  the instance id the connector answered the marketplace with
 * @param orderId     the order of this event (purchase, renewal, upgrade or unsubscribe order), may be null
 * @param orderLineId the order line of this event, may be null
 * @param productId   the product, when the marketplace sent it, may be null
 * @param expireTime  the absolute expiry the marketplace set, may be null
 * @param test        whether the event comes from the marketplace's debug page or probes ({@code testFlag=1})
 * @param productInfo raw JSON of the target product of a change check, otherwise null
 * @param order       the event's order as the query-order API gave it (create, renew and upgrade of a V2
 *                    instance, when the connector has the account's AK/SK), otherwise null
 */
public record InstanceEvent(String instanceId, String orderId, String orderLineId, String productId,
                            Instant expireTime, boolean test, String productInfo, OrderDetails order) {

    /** An event without order details. */
    public InstanceEvent(String instanceId, String orderId, String orderLineId, String productId, Instant expireTime,
                         boolean test, String productInfo) {
        this(instanceId, orderId, orderLineId, productId, expireTime, test, productInfo, null);
    }
}
