package org.kgconnector.persistence.license;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.kgconnector.persistence.instance.Lifecycle;

/**
 * An online-License instance (docs/protocol/license.md §2, one per {@code orderId}+{@code orderLineId}) or a legacy license
 * (§3, one per {@code orderId}, stored with the order line {@value #LEGACY_LINE}), with the {@code businessId}
 * of the first creating call as its id.
 */
@Entity
@Table(name = "license_instance")
@NamedQuery(name = LicenseInstance.BY_ORDER_LINE,
        query = "select i from LicenseInstance i where i.orderId = :orderId and i.orderLineId = :orderLineId")
public class LicenseInstance {

    public static final String BY_ORDER_LINE = "LicenseInstance.byOrderLine";
    public static final String LEGACY_LINE = "LEGACY";

    /** Which License family created the instance. */
    public enum Family { ONLINE, LEGACY }

    @Id
    @Column(name = "instance_id", length = 64)
    private String instanceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "family", nullable = false, length = 8)
    private Family family;

    @Column(name = "order_id", nullable = false, length = 64)
    private String orderId;

    @Column(name = "order_line_id", nullable = false, length = 64)
    private String orderLineId;

    @Column(name = "business_id", nullable = false, length = 64)
    private String businessId;

    @Column(name = "customer_id", length = 100)
    private String customerId;

    @Column(name = "customer_name", length = 64)
    private String customerName;

    @Column(name = "product_id", length = 64)
    private String productId;

    @Column(name = "sku_code", length = 64)
    private String skuCode;

    @Column(name = "period_type", length = 10)
    private String periodType;

    @Column(name = "amount")
    private Integer amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "lifecycle", nullable = false, length = 16)
    private Lifecycle lifecycle;

    @Column(name = "test_call", nullable = false)
    private boolean testCall;

    @Column(name = "expire_time")
    private Instant expireTime;

    @Column(name = "expire_time_raw", length = 20)
    private String expireTimeRaw;

    @Column(name = "license_text")
    private String licenseText;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected LicenseInstance() {
    }

    public LicenseInstance(String instanceId, Family family, String orderId, String orderLineId, String businessId,
                           boolean testCall, Instant now) {
        this.instanceId = instanceId;
        this.family = family;
        this.orderId = orderId;
        this.orderLineId = orderLineId;
        this.businessId = businessId;
        this.testCall = testCall;
        this.lifecycle = Lifecycle.ACTIVE;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** What a legacy {@code getLicense} says about the purchase. */
    public LicenseInstance purchase(String customerId, String customerName, String productId, String skuCode,
                                    String periodType, Integer amount, Instant expireTime, String expireRaw) {
        this.customerId = customerId;
        this.customerName = customerName;
        this.productId = productId;
        this.skuCode = skuCode;
        this.periodType = periodType;
        this.amount = amount;
        this.expireTime = expireTime;
        this.expireTimeRaw = expireRaw;
        return this;
    }

    /** What the fetched order says; an expiry set by a renewal callback is newer than the order's and stays. */
    public void ordered(String productId, String skuCode, Integer amount, Instant orderExpiry, String orderExpiryRaw,
                        Instant now) {
        if (this.productId == null) {
            this.productId = productId;
        }
        this.skuCode = skuCode;
        this.amount = amount;
        if (this.expireTime == null) {
            this.expireTime = orderExpiry;
            this.expireTimeRaw = orderExpiryRaw;
        }
        this.updatedAt = now;
    }

    public void renewed(Instant expireTime, String raw, String productId, Instant now) {
        this.expireTime = expireTime;
        this.expireTimeRaw = raw;
        if (productId != null) {
            this.productId = productId;
        }
        this.updatedAt = now;
    }

    public void moveTo(Lifecycle next, Instant now) {
        this.lifecycle = next;
        this.updatedAt = now;
    }

    public void licensed(String text, Instant now) {
        this.licenseText = text;
        this.updatedAt = now;
    }

    public String getInstanceId() {
        return instanceId;
    }

    public Family getFamily() {
        return family;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getOrderLineId() {
        return orderLineId;
    }

    public String getCustomerId() {
        return customerId;
    }

    public String getProductId() {
        return productId;
    }

    public String getSkuCode() {
        return skuCode;
    }

    public Integer getAmount() {
        return amount;
    }

    public Lifecycle getLifecycle() {
        return lifecycle;
    }

    public boolean isTestCall() {
        return testCall;
    }

    public Instant getExpireTime() {
        return expireTime;
    }

    public String getLicenseText() {
        return licenseText;
    }
}
