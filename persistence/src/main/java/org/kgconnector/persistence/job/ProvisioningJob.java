package org.kgconnector.persistence.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One step of provisioning work for an instance, run after the callback that asked for it has committed. */
@Entity
@Table(name = "provisioning_job")
@NamedQuery(name = ProvisioningJob.CLAIM, query = "update ProvisioningJob j set j.leaseOwner = :owner, j.leaseUntil = :until"
        + " where j.id = :id and j.state = org.kgconnector.persistence.job.JobState.PENDING and j.nextAttemptAt <= :now"
        + " and (j.leaseUntil is null or j.leaseUntil < :now)")
@NamedQuery(name = ProvisioningJob.DUE, query = "select j.id from ProvisioningJob j"
        + " where j.state = org.kgconnector.persistence.job.JobState.PENDING and j.nextAttemptAt <= :now"
        + " and (j.leaseUntil is null or j.leaseUntil < :now) order by j.nextAttemptAt")
public class ProvisioningJob {

    public static final String CLAIM = "ProvisioningJob.claim";
    public static final String DUE = "ProvisioningJob.due";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "instance_id", nullable = false, length = 64)
    private String instanceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 16)
    private JobAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 16)
    private JobState state;

    @Column(name = "order_id", length = 64)
    private String orderId;

    @Column(name = "order_line_id", length = 64)
    private String orderLineId;

    @Column(name = "product_info")
    private String productInfo;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "lease_owner", length = 128)
    private String leaseOwner;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "last_error", length = 255)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ProvisioningJob() {
    }

    public ProvisioningJob(String instanceId, JobAction action, String orderId, String orderLineId, Instant now) {
        this.instanceId = instanceId;
        this.action = action;
        this.orderId = orderId;
        this.orderLineId = orderLineId;
        this.state = JobState.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    public void withProductInfo(String json) {
        this.productInfo = json;
    }

    public void done(Instant now) {
        this.attempts++;
        this.state = JobState.DONE;
        this.finishedAt = now;
        this.leaseOwner = null;
        this.leaseUntil = null;
        this.lastError = null;
    }

    /** Records a failed attempt: retried after {@code backOff}, or given up once {@code maxAttempts} is reached. */
    public void attemptFailed(String error, int maxAttempts, Duration backOff, Instant now) {
        this.attempts++;
        this.lastError = error == null ? null : error.substring(0, Math.min(255, error.length()));
        this.leaseOwner = null;
        this.leaseUntil = null;
        if (attempts >= maxAttempts) {
            this.state = JobState.FAILED;
            this.finishedAt = now;
        } else {
            this.nextAttemptAt = now.plus(backOff);
        }
    }

    public void refused(String error, Instant now) {
        attemptFailed(error, 0, Duration.ZERO, now);
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

    public JobState getState() {
        return state;
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

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }
}
