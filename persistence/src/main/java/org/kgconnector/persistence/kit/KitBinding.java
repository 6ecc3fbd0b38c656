package org.kgconnector.persistence.kit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant bound to an instance (the instance is empty for a seller's credential application). */
@Entity
@Table(name = "kit_binding")
public class KitBinding extends KitInstanceRow {

    @Column(name = "order_id", nullable = false, length = 64)
    private String orderId;

    @Column(name = "bound_at", nullable = false)
    private Instant boundAt;

    protected KitBinding() {
    }

    public KitBinding(String instanceId, String tenantId, String orderId, Instant boundAt) {
        super(instanceId, tenantId);
        this.orderId = orderId;
        this.boundAt = boundAt;
    }
}
