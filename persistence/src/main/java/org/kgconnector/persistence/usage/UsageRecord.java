package org.kgconnector.persistence.usage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.kgconnector.persistence.job.LeasedWork;

/**
 * One hourly usage record of an instance (and package instance): created once when its hour closes (or, for
 * late events, as a delta with the next sequence number), with a {@code metering_sn} derived from instance,
 * package, period and sequence. Its value never changes, so every retry carries the same record. Pushed by the
 * node that claims it; given up records ({@code FAILED}) are the dead letters an operator may push again.
 */
@Entity
@Table(name = "usage_record")
@NamedQuery(name = UsageRecord.CLAIM, query = "update UsageRecord r set r.leaseOwner = :owner, r.leaseUntil = :until"
        + " where r.id in :ids and r.state = org.kgconnector.persistence.job.JobState.PENDING"
        + " and r.nextAttemptAt <= :now and (r.leaseUntil is null or r.leaseUntil < :now)")
@NamedQuery(name = UsageRecord.CLAIMED, query = "select r from UsageRecord r where r.leaseOwner = :owner order by r.id")
@NamedQuery(name = UsageRecord.PUSHED, query = "update UsageRecord r set"
        + " r.state = org.kgconnector.persistence.job.JobState.DONE, r.attempts = r.attempts + 1, r.finishedAt = :now,"
        + " r.leaseOwner = null, r.leaseUntil = null, r.lastError = null where r.id in :ids and r.leaseOwner = :owner")
@NamedQuery(name = UsageRecord.IN_STATE, query = "select r from UsageRecord r where r.state = :state order by r.id desc")
public class UsageRecord extends LeasedWork {

    public static final String CLAIM = "UsageRecord.claim";
    public static final String CLAIMED = "UsageRecord.claimed";
    public static final String IN_STATE = "UsageRecord.inState";
    public static final String PUSHED = "UsageRecord.pushed";
    /** The new push API (signed with the base key, carries {@code metering_sn}). */
    public static final String NEW_API = "NEW";
    /** The old push API of legacy products (AK/SK only, carries {@code product_id}). */
    public static final String OLD_API = "OLD";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "instance_id", nullable = false, length = 64)
    private String instanceId;

    @Column(name = "package_instance_id", nullable = false, length = 64)
    private String packageInstanceId;

    @Column(name = "period_start", nullable = false)
    private Instant periodStart;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Column(name = "metering_sn", nullable = false, length = 64)
    private String meteringSn;

    @Column(name = "usage_value", nullable = false, precision = 24, scale = 4)
    private BigDecimal usageValue;

    @Column(name = "push_api", nullable = false, length = 8)
    private String pushApi;

    @Column(name = "product_id", length = 64)
    private String productId;

    @Column(name = "record_time", nullable = false)
    private Instant recordTime;

    protected UsageRecord() {
    }

    public Long getId() {
        return id;
    }

    public String getInstanceId() {
        return instanceId;
    }

    /** The package instance the usage is deducted from, or null. */
    public String getPackageInstanceId() {
        return packageInstanceId.isEmpty() ? null : packageInstanceId;
    }

    public Instant getPeriodStart() {
        return periodStart;
    }

    public int getSequence() {
        return sequence;
    }

    public String getMeteringSn() {
        return meteringSn;
    }

    public BigDecimal getUsageValue() {
        return usageValue;
    }

    public String getPushApi() {
        return pushApi;
    }

    public String getProductId() {
        return productId;
    }

    public Instant getRecordTime() {
        return recordTime;
    }
}
