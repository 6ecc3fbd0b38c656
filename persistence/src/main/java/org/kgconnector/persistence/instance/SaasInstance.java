package org.kgconnector.persistence.instance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A SaaS instance. Created once per ({@code orderId}, {@code orderLineId}) — a database constraint — with the
 * {@code businessId} of the first {@code newInstance} as its id.
 */
@Entity
@Table(name = "saas_instance")
@NamedQuery(name = SaasInstance.BY_ORDER_LINE,
        query = "select i from SaasInstance i where i.orderId = :orderId and i.orderLineId = :orderLineId")
public class SaasInstance {

    public static final String BY_ORDER_LINE = "SaasInstance.byOrderLine";

    @Id
    @Column(name = "instance_id", length = 64)
    private String instanceId;

    @Column(name = "order_id", nullable = false, length = 64)
    private String orderId;

    @Column(name = "order_line_id", nullable = false, length = 64)
    private String orderLineId;

    @Column(name = "business_id", nullable = false, length = 64)
    private String businessId;

    @Column(name = "product_id", length = 64)
    private String productId;

    @Enumerated(EnumType.STRING)
    @Column(name = "protocol_version", nullable = false, length = 4)
    private ProtocolVersion protocolVersion;

    @Column(name = "test_call", nullable = false)
    private boolean testCall;

    @Enumerated(EnumType.STRING)
    @Column(name = "lifecycle", nullable = false, length = 16)
    private Lifecycle lifecycle;

    @Enumerated(EnumType.STRING)
    @Column(name = "provisioning", nullable = false, length = 16)
    private Provisioning provisioning;

    @Column(name = "provisioning_code", length = 6)
    private String provisioningCode;

    @Column(name = "provisioning_error", length = 255)
    private String provisioningError;

    @Column(name = "expire_time")
    private Instant expireTime;

    @Column(name = "expire_time_raw", length = 20)
    private String expireTimeRaw;

    @Column(name = "front_end_url", length = 512)
    private String frontEndUrl;

    @Column(name = "admin_url", length = 512)
    private String adminUrl;

    @Column(name = "user_name", length = 128)
    private String userName;

    @Column(name = "password_sealed", length = 512)
    private String passwordSealed;

    @Column(name = "memo", length = 1024)
    private String memo;

    @Column(name = "charging_mode", length = 8)
    private String chargingMode;

    @Column(name = "order_details")
    private String orderDetails;

    @Column(name = "contact_sealed", length = 1024)
    private String contactSealed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected SaasInstance() {
    }

    public SaasInstance(String instanceId, String orderId, String orderLineId, String businessId, ProtocolVersion protocolVersion,
                        boolean testCall, Instant now) {
        this.instanceId = instanceId;
        this.orderId = orderId;
        this.orderLineId = orderLineId;
        this.businessId = businessId;
        this.protocolVersion = protocolVersion;
        this.testCall = testCall;
        this.lifecycle = Lifecycle.ACTIVE;
        this.provisioning = Provisioning.PENDING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * The order a V1 {@code newInstance} carried: product, charging mode, expiry, the other order fields as JSON,
     * and the buyer's contact (already sealed).
     */
    public void orderedAs(String productId, String chargingMode, Instant expireTime, String expireTimeRaw,
                          String orderDetails, String contactSealed) {
        this.productId = productId;
        this.chargingMode = chargingMode;
        this.expireTime = expireTime;
        this.expireTimeRaw = expireTimeRaw;
        this.orderDetails = orderDetails;
        this.contactSealed = contactSealed;
    }

    public void renew(Instant expireTime, String raw, String productId, Instant now) {
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

    public void provisioned(String frontEndUrl, String adminUrl, String userName, String passwordSealed, String memo,
                            Instant now) {
        this.provisioning = Provisioning.DONE;
        this.provisioningCode = null;
        this.provisioningError = null;
        this.frontEndUrl = frontEndUrl;
        this.adminUrl = adminUrl;
        this.userName = userName;
        this.passwordSealed = passwordSealed;
        this.memo = memo;
        this.updatedAt = now;
    }

    public void provisioningFailed(String resultCode, String error, Instant now) {
        this.provisioning = Provisioning.FAILED;
        this.provisioningCode = resultCode;
        this.provisioningError = error;
        this.updatedAt = now;
    }

    public String getInstanceId() {
        return instanceId;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getOrderLineId() {
        return orderLineId;
    }

    public String getBusinessId() {
        return businessId;
    }

    public String getProductId() {
        return productId;
    }

    public ProtocolVersion getProtocolVersion() {
        return protocolVersion;
    }

    public boolean isTestCall() {
        return testCall;
    }

    public Lifecycle getLifecycle() {
        return lifecycle;
    }

    public Provisioning getProvisioning() {
        return provisioning;
    }

    public String getProvisioningCode() {
        return provisioningCode;
    }

    public String getProvisioningError() {
        return provisioningError;
    }

    public Instant getExpireTime() {
        return expireTime;
    }

    public String getExpireTimeRaw() {
        return expireTimeRaw;
    }

    public String getFrontEndUrl() {
        return frontEndUrl;
    }

    public String getAdminUrl() {
        return adminUrl;
    }

    public String getUserName() {
        return userName;
    }

    public String getPasswordSealed() {
        return passwordSealed;
    }

    public String getMemo() {
        return memo;
    }

    public String getChargingMode() {
        return chargingMode;
    }

    public String getOrderDetails() {
        return orderDetails;
    }

    public String getContactSealed() {
        return contactSealed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getRowVersion() {
        return rowVersion;
    }
}
