package org.kgconnector.persistence.license;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.kgconnector.persistence.job.LeasedWork;

/**
 * One entry of a code's daily software usage (docs/protocol/license.md §1.4.3): a client id that used the software that day,
 * or the day's number of active clients ({@value #ACTIVE_ENTRY}). Sent in batches by a timer; each entry is
 * claimed by one node with a lease.
 */
@Entity
@Table(name = "license_usage")
@NamedQuery(name = LicenseUsage.CLAIM, query = "update LicenseUsage u set u.leaseOwner = :owner, u.leaseUntil = :until"
        + " where u.id in :ids and u.state = org.kgconnector.persistence.job.JobState.PENDING and u.nextAttemptAt <= :now"
        + " and (u.leaseUntil is null or u.leaseUntil < :now)")
@NamedQuery(name = LicenseUsage.CLAIMED, query = "select u from LicenseUsage u where u.leaseOwner = :owner"
        + " order by u.license, u.id")
@NamedQuery(name = LicenseUsage.ENTRY_KEYS, query = "select u.entryKey from LicenseUsage u where u.license = :license"
        + " and u.usageDay = :day and u.entryKey in :entries")
@NamedQuery(name = LicenseUsage.ENTRY, query = "select u from LicenseUsage u where u.license = :license"
        + " and u.usageDay = :day and u.entryKey = :entry")
public class LicenseUsage extends LeasedWork {

    public static final String CLAIM = "LicenseUsage.claim";
    public static final String CLAIMED = "LicenseUsage.claimed";
    public static final String ENTRY = "LicenseUsage.entry";
    public static final String ENTRY_KEYS = "LicenseUsage.entryKeys";
    public static final String ACTIVE_ENTRY = "#active";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "license", nullable = false, length = 64)
    private String license;

    @Column(name = "usage_day", nullable = false)
    private LocalDate usageDay;

    @Column(name = "entry_key", nullable = false, length = 260)
    private String entryKey;

    @Column(name = "client_id", length = 256)
    private String clientId;

    @Column(name = "active_num")
    private Integer activeNum;

    protected LicenseUsage() {
    }

    private LicenseUsage(String license, LocalDate day, String entryKey, String clientId, Integer activeNum, Instant now) {
        super(now);
        this.license = license;
        this.usageDay = day;
        this.entryKey = entryKey;
        this.clientId = clientId;
        this.activeNum = activeNum;
    }

    public static LicenseUsage client(String license, LocalDate day, String clientId, Instant now) {
        return new LicenseUsage(license, day, clientId, clientId, null, now);
    }

    public static LicenseUsage activeClients(String license, LocalDate day, int count, Instant now) {
        return new LicenseUsage(license, day, ACTIVE_ENTRY, null, count, now);
    }

    /** A new count for the day: sent again (the marketplace keeps the latest). */
    public void recount(int count, Instant now) {
        if (activeNum == null || activeNum != count) {
            this.activeNum = count;
            retryNow(now);
        }
    }

    public Long getId() {
        return id;
    }

    public String getLicense() {
        return license;
    }

    public String getClientId() {
        return clientId;
    }

    public Integer getActiveNum() {
        return activeNum;
    }
}
