package org.kgconnector.saas.instance.boundary;

import java.time.Instant;
import java.util.List;

/** The validated commands of the SaaS V2 callbacks, one record per activity. */
public final class Commands {

    /** The order line of every V1 order, which has none of its own. */
    public static final String LEGACY_ORDER_LINE = "V1";
    private static final String PAY_PER_USE = "0";

    private Commands() {
    }

    /**
     * The order line a V1 order is kept under (decision 9 of docs/protocol/decisions.md): the order itself, or, for
     * pay-per-use ({@code chargingMode=0}), the order and the product, since one order may buy several.
     */
    public static String legacyOrderLine(String chargingMode, String productId) {
        return PAY_PER_USE.equals(chargingMode) ? LEGACY_ORDER_LINE + ":" + productId : LEGACY_ORDER_LINE;
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
