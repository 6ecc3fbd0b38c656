package org.kgconnector.persistence.kit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Whether a user may use the application of an instance, with which role; revoked keeps the account data. */
@Entity
@Table(name = "kit_authorisation")
public class KitAuthorisation extends KitInstanceRow {

    @Column(name = "app_id", nullable = false, length = 64)
    private String appId;

    @Column(name = "user_name", nullable = false, length = 64)
    private String userName;

    @Column(name = "role", nullable = false, length = 32)
    private String role;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "revoked", nullable = false)
    private boolean revoked;

    @Column(name = "sync_time", length = 20)
    private String syncTime;

    protected KitAuthorisation() {
    }

    public String getUserName() {
        return userName;
    }

    public KitAuthorisation(String instanceId, String tenantId, String appId, String userName) {
        super(instanceId, tenantId);
        this.appId = appId;
        this.userName = userName;
    }

    public String getRole() {
        return role;
    }

    public void grant(String role, boolean enabled, String syncTime) {
        this.role = role;
        this.enabled = enabled;
        this.revoked = false;
        this.syncTime = syncTime;
    }

    public void revoke(String syncTime) {
        this.revoked = true;
        this.syncTime = syncTime;
    }

    public String getAppId() {
        return appId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isRevoked() {
        return revoked;
    }

    public String getSyncTime() {
        return syncTime;
    }
}
