package org.kgconnector.persistence.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An {@code orderNotify} callback, kept once per (order, order line) for the later query-order step. */
@Entity
@Table(name = "order_notification")
public class OrderNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, length = 64)
    private String orderId;

    @Column(name = "order_line_id", nullable = false, length = 64)
    private String orderLineId;

    @Column(name = "address", nullable = false, length = 64)
    private String address;

    @Column(name = "test_call", nullable = false)
    private boolean testCall;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected OrderNotification() {
    }

    public OrderNotification(String orderId, String orderLineId, String address, boolean testCall, Instant receivedAt) {
        this.orderId = orderId;
        this.orderLineId = orderLineId;
        this.address = address;
        this.testCall = testCall;
        this.receivedAt = receivedAt;
    }

    public Long getId() {
        return id;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getOrderLineId() {
        return orderLineId;
    }

    public String getAddress() {
        return address;
    }

    public boolean isTestCall() {
        return testCall;
    }
}
