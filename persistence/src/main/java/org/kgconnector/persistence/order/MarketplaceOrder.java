package org.kgconnector.persistence.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What the query-order API (docs/protocol/openapi.md §7) said about one order line: buyer, product, SKU, charging mode,
 * period, expiry, linear value and extension parameters. Written once per fetch; a later fetch overwrites it.
 */
@Entity
@Table(name = "marketplace_order")
@IdClass(MarketplaceOrder.Key.class)
public class MarketplaceOrder {

    /** The key: order and order line. */
    public static class Key implements Serializable {
        private String orderId;
        private String orderLineId;

        protected Key() {
        }

        public Key(String orderId, String orderLineId) {
            this.orderId = orderId;
            this.orderLineId = orderLineId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && orderId.equals(k.orderId) && orderLineId.equals(k.orderLineId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderId, orderLineId);
        }
    }

    /** The fields of an order line as the API gives them (times already parsed; UTC). */
    public record Details(String orderType, Instant createTime, String chargingMode, String periodType,
                          Integer periodNumber, Instant expireTime, String expireTimeRaw, String productId,
                          String skuCode, String productName, Integer linearValue, String customerId,
                          String customerName, String extendParams) {
    }

    @Id
    @Column(name = "order_id", length = 64)
    private String orderId;

    @Id
    @Column(name = "order_line_id", length = 64)
    private String orderLineId;

    @Column(name = "order_type", length = 32)
    private String orderType;

    @Column(name = "create_time")
    private Instant createTime;

    @Column(name = "charging_mode", length = 25)
    private String chargingMode;

    @Column(name = "period_type", length = 16)
    private String periodType;

    @Column(name = "period_number")
    private Integer periodNumber;

    @Column(name = "expire_time")
    private Instant expireTime;

    @Column(name = "expire_time_raw", length = 20)
    private String expireTimeRaw;

    @Column(name = "product_id", length = 64)
    private String productId;

    @Column(name = "sku_code", length = 64)
    private String skuCode;

    @Column(name = "product_name", length = 255)
    private String productName;

    @Column(name = "linear_value")
    private Integer linearValue;

    @Column(name = "customer_id", length = 64)
    private String customerId;

    @Column(name = "customer_name", length = 128)
    private String customerName;

    @Column(name = "extend_params")
    private String extendParams;

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;

    protected MarketplaceOrder() {
    }

    public MarketplaceOrder(String orderId, String orderLineId) {
        this.orderId = orderId;
        this.orderLineId = orderLineId;
    }

    public void fetched(Details d, Instant now) {
        this.orderType = d.orderType();
        this.createTime = d.createTime();
        this.chargingMode = d.chargingMode();
        this.periodType = d.periodType();
        this.periodNumber = d.periodNumber();
        this.expireTime = d.expireTime();
        this.expireTimeRaw = d.expireTimeRaw();
        this.productId = d.productId();
        this.skuCode = d.skuCode();
        this.productName = d.productName();
        this.linearValue = d.linearValue();
        this.customerId = d.customerId();
        this.customerName = d.customerName();
        this.extendParams = d.extendParams();
        this.fetchedAt = now;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getOrderLineId() {
        return orderLineId;
    }

    public String getOrderType() {
        return orderType;
    }

    public String getPeriodType() {
        return periodType;
    }

    public Integer getPeriodNumber() {
        return periodNumber;
    }

    public String getProductName() {
        return productName;
    }

    public String getCustomerId() {
        return customerId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getExtendParams() {
        return extendParams;
    }

    public String getChargingMode() {
        return chargingMode;
    }

    public Instant getExpireTime() {
        return expireTime;
    }

    public String getProductId() {
        return productId;
    }

    public String getSkuCode() {
        return skuCode;
    }

    public Integer getLinearValue() {
        return linearValue;
    }

    public boolean isPeriodic() {
        return "PERIOD".equals(chargingMode);
    }
}
