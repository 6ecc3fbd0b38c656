package org.kgconnector.persistence.license;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A license applied for with {@code getLicenseAsync}: one per ({@code eventId}, device fingerprint) — a database
 * constraint — so that a retried application always yields the license issued the first time.
 */
@Entity
@Table(name = "license_grant")
@NamedQuery(name = LicenseGrant.BY_EVENT, query = "select g from LicenseGrant g"
        + " where g.eventId = :eventId and g.fingerprintSha256 = :fingerprint")
@NamedQuery(name = LicenseGrant.DEVICES, query = "select distinct g.fingerprintSha256 from LicenseGrant g"
        + " where g.instanceId = :instanceId")
public class LicenseGrant {

    public static final String BY_EVENT = "LicenseGrant.byEvent";
    public static final String DEVICES = "LicenseGrant.devices";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "instance_id", nullable = false, length = 64)
    private String instanceId;

    @Column(name = "event_id", nullable = false, length = 64)
    private String eventId;

    @Column(name = "fingerprint_sha256", nullable = false, length = 64)
    private String fingerprintSha256;

    @Column(name = "device_fingerprint", length = 1024)
    private String deviceFingerprint;

    @Column(name = "effective_time", nullable = false)
    private Instant effectiveTime;

    @Column(name = "expire_time")
    private Instant expireTime;

    @Column(name = "test_call", nullable = false)
    private boolean testCall;

    @Column(name = "license_type", length = 10)
    private String licenseType;

    @Column(name = "license_content")
    private String licenseContent;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Column(name = "content_sha256", length = 64)
    private String contentSha256;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected LicenseGrant() {
    }

    public LicenseGrant(String instanceId, String eventId, String fingerprintSha256, String deviceFingerprint,
                        Instant effectiveTime, Instant expireTime, boolean testCall, Instant now) {
        this.instanceId = instanceId;
        this.eventId = eventId;
        this.fingerprintSha256 = fingerprintSha256;
        this.deviceFingerprint = deviceFingerprint;
        this.effectiveTime = effectiveTime;
        this.expireTime = expireTime;
        this.testCall = testCall;
        this.createdAt = now;
    }

    /**
     * Keeps the issued license; {@code CHARACTERS} content is the text, {@code FILE} content is Base64.
     * Only the first issue counts: a grant that has its license keeps it.
     */
    public void issued(String type, String content, String fileName, String sha256) {
        if (licenseContent == null) {
            this.licenseType = type;
            this.licenseContent = content;
            this.fileName = fileName;
            this.contentSha256 = sha256;
        }
    }

    public void uploaded(Instant now) {
        this.uploadedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getInstanceId() {
        return instanceId;
    }

    public String getEventId() {
        return eventId;
    }

    public String getDeviceFingerprint() {
        return deviceFingerprint;
    }

    public Instant getEffectiveTime() {
        return effectiveTime;
    }

    public Instant getExpireTime() {
        return expireTime;
    }

    public boolean isTestCall() {
        return testCall;
    }

    public String getLicenseType() {
        return licenseType;
    }

    public String getLicenseContent() {
        return licenseContent;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentSha256() {
        return contentSha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getFingerprintSha256() {
        return fingerprintSha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
