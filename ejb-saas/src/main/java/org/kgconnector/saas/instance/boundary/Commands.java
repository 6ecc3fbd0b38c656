package org.kgconnector.saas.instance.boundary;

import java.time.Instant;
import java.util.List;

/** The validated commands of the SaaS V2 callbacks, one record per activity. */
public final class Commands {

    private Commands() {
    }

    /**
     * {@code newInstance}: idempotent per ({@code orderId}, {@code orderLineId}). A V1 call has no order line: its
     * key is the order ({@code orderLineId} {@code V1}), or the order and product for pay-per-use, and it carries
     * its order in {@code legacy}. A V2 call may carry {@code details} (JSON, for example WeLink's platformParams).
     */
    public record NewInstance(String orderId, String orderLineId, String businessId, boolean test, LegacyOrder legacy,
                              String details) {

        public NewInstance(String orderId, String orderLineId, String businessId, boolean test) {
            this(orderId, orderLineId, businessId, test, null, null);
        }

        public NewInstance(String orderId, String orderLineId, String businessId, boolean test, LegacyOrder legacy) {
            this(orderId, orderLineId, businessId, test, legacy, null);
        }
    }

    /**
     * What a V1 {@code newInstance} says of its order.
     *
     * @param details the other order fields (customer, SKU, period, amount, linear attributes, extend
     *                parameters) as a JSON object
     * @param contact the decrypted {@code mobilePhone}/{@code email} as a JSON object, or null; stored sealed
     */
    public record LegacyOrder(String productId, String chargingMode, Instant expireTime, String expireTimeRaw,
                              String details, String contact) {
    }

    /** {@code queryInstance}: up to 100 instance ids. */
    public record QueryInstance(List<String> instanceIds, boolean test) {
    }

    /** {@code refreshInstance}: sets the absolute expiry whatever the scene. */
    public record RefreshInstance(String instanceId, String scene, String orderId, String orderLineId, String productId,
                                  Instant expireTime, String expireTimeRaw, boolean test) {
    }

    /** {@code updateInstanceStatus}. */
    public record UpdateInstanceStatus(String instanceId, StatusChange status, boolean test) {
    }

    /** {@code releaseInstance}; the order is present only for an unsubscribe. */
    public record ReleaseInstance(String instanceId, String orderId, String orderLineId, boolean test) {
    }

    /** {@code upgradeInstance}: idempotent per (instance, order, order line). */
    public record UpgradeInstance(String instanceId, String orderId, String orderLineId, boolean test) {
    }

    /** {@code changeInstanceCheck}: {@code productInfo} kept as opaque JSON. */
    public record ChangeInstanceCheck(String instanceId, String productInfo, boolean test) {
    }

    /** The two status changes of {@code updateInstanceStatus}. */
    public enum StatusChange {
        FREEZE, UNFREEZE
    }
}
