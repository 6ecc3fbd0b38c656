package org.kgconnector.persistence.license;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A renewal order applied to a license code or a license instance (the subject), recorded once. */
@Entity
@Table(name = "license_renewal")
@IdClass(LicenseRenewal.Key.class)
public class LicenseRenewal {

    /** The key: subject (license code or instance id), order and order line. */
    public static class Key implements Serializable {
        private String subject;
        private String orderId;
        private String orderLineId;

        protected Key() {
        }

        public Key(String subject, String orderId, String orderLineId) {
            this.subject = subject;
            this.orderId = orderId;
            this.orderLineId = orderLineId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && subject.equals(k.subject) && orderId.equals(k.orderId)
                    && orderLineId.equals(k.orderLineId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(subject, orderId, orderLineId);
        }
    }

    @Id
    @Column(name = "subject", length = 64)
    private String subject;

    @Id
    @Column(name = "order_id", length = 64)
    private String orderId;

    @Id
    @Column(name = "order_line_id", length = 64)
    private String orderLineId;

    @Column(name = "scene", length = 64)
    private String scene;

    @Column(name = "product_id", length = 64)
    private String productId;

    @Column(name = "expire_time")
    private Instant expireTime;

    @Column(name = "expire_time_raw", length = 20)
    private String expireTimeRaw;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected LicenseRenewal() {
    }

    public LicenseRenewal(Key key, String scene, String productId, Instant expireTime, String expireTimeRaw, Instant now) {
        this.subject = key.subject;
        this.orderId = key.orderId;
        this.orderLineId = key.orderLineId;
        this.scene = scene;
        this.productId = productId;
        this.expireTime = expireTime;
        this.expireTimeRaw = expireTimeRaw;
        this.receivedAt = now;
    }
}
