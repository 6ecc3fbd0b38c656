package org.kgconnector.persistence.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One step of provisioning work for an instance, run after the callback that asked for it has committed; an
 * instance's steps run in the order they were written.
 */
@Entity
@Table(name = "provisioning_job")
public class ProvisioningJob extends LeasedWork {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "instance_id", nullable = false, length = 64)
    private String instanceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 16)
    private JobAction action;

    @Column(name = "order_id", length = 64)
    private String orderId;

    @Column(name = "order_line_id", length = 64)
    private String orderLineId;

    @Column(name = "product_info")
    private String productInfo;

    protected ProvisioningJob() {
    }

    public ProvisioningJob(String instanceId, JobAction action, String orderId, String orderLineId, Instant now) {
        super(now);
        this.instanceId = instanceId;
        this.action = action;
        this.orderId = orderId;
        this.orderLineId = orderLineId;
    }

    public void withProductInfo(String json) {
        this.productInfo = json;
    }

    public Long getId() {
        return id;
    }

    public String getInstanceId() {
        return instanceId;
    }

    public JobAction getAction() {
        return action;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getOrderLineId() {
        return orderLineId;
    }

    public String getProductInfo() {
        return productInfo;
    }
}
