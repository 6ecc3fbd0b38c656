package org.kgconnector.persistence.kit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant bound to an instance (the instance is empty for a seller's credential application). */
@Entity
@Table(name = "kit_binding")
public class KitBinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "instance_id", nullable = false, length = 64)
    private String instanceId;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    @Column(name = "order_id", nullable = false, length = 64)
    private String orderId;

    @Column(name = "bound_at", nullable = false)
    private Instant boundAt;

    protected KitBinding() {
    }

    public KitBinding(String instanceId, String tenantId, String orderId, Instant boundAt) {
        this.instanceId = instanceId;
        this.tenantId = tenantId;
        this.orderId = orderId;
        this.boundAt = boundAt;
    }
}
