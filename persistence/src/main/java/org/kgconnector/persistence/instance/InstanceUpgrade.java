package org.kgconnector.persistence.instance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One upgrade order applied to an instance; unique per (instance, order, order line). */
@Entity
@Table(name = "instance_upgrade")
public class InstanceUpgrade {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "instance_id", nullable = false, length = 64)
    private String instanceId;

    @Column(name = "order_id", nullable = false, length = 64)
    private String orderId;

    @Column(name = "order_line_id", nullable = false, length = 64)
    private String orderLineId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected InstanceUpgrade() {
    }

    public InstanceUpgrade(String instanceId, String orderId, String orderLineId, Instant receivedAt) {
        this.instanceId = instanceId;
        this.orderId = orderId;
        this.orderLineId = orderLineId;
        this.receivedAt = receivedAt;
    }

    public Long getId() {
        return id;
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
}
