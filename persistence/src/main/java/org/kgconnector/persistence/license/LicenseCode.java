package org.kgconnector.persistence.license;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A license code (docs/protocol/license.md §1). Its state is kept as independent facts — activated, frozen, released, expiry,
 * the marketplace's own status — so that callbacks arriving in any order converge on the same state; the
 * {@link CodeState} is derived from them.
 */
@Entity
@Table(name = "license_code")
public class LicenseCode {

    @Id
    @Column(name = "license", length = 64)
    private String license;

    @Column(name = "activated", nullable = false)
    private boolean activated;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "frozen", nullable = false)
    private boolean frozen;

    @Column(name = "released", nullable = false)
    private boolean released;

    @Column(name = "marketplace_status", length = 16)
    private String marketplaceStatus;

    @Column(name = "expire_time")
    private Instant expireTime;

    @Column(name = "expire_time_raw", length = 20)
    private String expireTimeRaw;

    @Column(name = "order_id", length = 64)
    private String orderId;

    @Column(name = "product_id", length = 64)
    private String productId;

    @Column(name = "amount")
    private Integer amount;

    @Column(name = "test_call", nullable = false)
    private boolean testCall;

    @Column(name = "refresh_due", nullable = false)
    private boolean refreshDue;

    @Column(name = "refreshed_at")
    private Instant refreshedAt;

    @Column(name = "last_error", length = 255)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected LicenseCode() {
    }

    public LicenseCode(String license, boolean testCall, Instant now) {
        this.license = license;
        this.testCall = testCall;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The state the vendor's software acts on, at {@code now}. */
    public CodeState state(Instant now) {
        if (released || "RELEASED".equals(marketplaceStatus)) {
            return CodeState.RELEASED;
        }
        if (frozen) {
            return CodeState.FROZEN;
        }
        if (!activated) {
            return CodeState.NOT_ACTIVATED;
        }
        if ((expireTime != null && !expireTime.isAfter(now)) || "EXPIRED".equals(marketplaceStatus)) {
            return CodeState.EXPIRED;
        }
        return CodeState.ACTIVE;
    }

    /** A renewal order moved the expiry; a renewal into the future also ends a freeze (whichever comes first). */
    public void renewed(Instant expireTime, String raw, String productId, boolean renewal, Instant now) {
        this.expireTime = expireTime;
        this.expireTimeRaw = raw;
        if (productId != null) {
            this.productId = productId;
        }
        if (renewal && expireTime.isAfter(now)) {
            this.frozen = false;
            if ("EXPIRED".equals(marketplaceStatus)) {
                this.marketplaceStatus = null;
            }
        }
        changedByCallback(now);
    }

    public void frozen(boolean frozen, Instant now) {
        this.frozen = frozen;
        changedByCallback(now);
    }

    public void released(Instant now) {
        this.released = true;
        changedByCallback(now);
    }

    private void changedByCallback(Instant now) {
        this.refreshDue = true;
        this.updatedAt = now;
    }

    /** The marketplace activated the code for the vendor's software. */
    public void activated(Instant now) {
        if (!activated) {
            this.activated = true;
            this.activatedAt = now;
        }
        this.updatedAt = now;
    }

    /**
     * What the query API said, asked at {@code askedAt}, now the freshest word on the code, unless the code changed
     * after the question was asked (a callback overtook the answer): then the answer is dropped and the code stays
     * due for another question.
     *
     * @return whether the answer was taken
     */
    public boolean queried(String status, Instant activateTime, Instant expireTime, String expireRaw, String orderId,
                           String productId, Integer amount, Instant askedAt, Instant now) {
        if (updatedAt != null && updatedAt.isAfter(askedAt)) {
            return false;
        }
        this.marketplaceStatus = status;
        this.activated = true;
        if (activatedAt == null) {
            this.activatedAt = activateTime == null ? now : activateTime;
        }
        if (expireTime != null) {
            this.expireTime = expireTime;
            this.expireTimeRaw = expireRaw;
        }
        if (orderId != null) {
            this.orderId = orderId;
        }
        if (productId != null) {
            this.productId = productId;
        }
        if (amount != null) {
            this.amount = amount;
        }
        if ("RELEASED".equals(status)) {
            this.released = true;
        }
        this.refreshDue = false;
        this.refreshedAt = now;
        this.lastError = null;
        this.updatedAt = now;
        return true;
    }

    public void marketplaceError(String error, Instant now) {
        this.lastError = error == null ? null : error.substring(0, Math.min(255, error.length()));
        this.updatedAt = now;
    }

    public String getLicense() {
        return license;
    }

    public boolean isActivated() {
        return activated;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public boolean isReleased() {
        return released;
    }

    public String getMarketplaceStatus() {
        return marketplaceStatus;
    }

    public Instant getExpireTime() {
        return expireTime;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getProductId() {
        return productId;
    }

    public Integer getAmount() {
        return amount;
    }

    public boolean isTestCall() {
        return testCall;
    }

    public boolean isRefreshDue() {
        return refreshDue;
    }

    public Instant getRefreshedAt() {
        return refreshedAt;
    }

    public String getLastError() {
        return lastError;
    }

    public String getExpireTimeRaw() {
        return expireTimeRaw;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getRowVersion() {
        return rowVersion;
    }
}
