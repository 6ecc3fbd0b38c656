package org.kgconnector.persistence.kit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A tenant's OAuth credential for the application, per instance; the client secret is stored sealed. */
@Entity
@Table(name = "kit_application")
public class KitApplication extends KitInstanceRow {

    @Column(name = "app_id", nullable = false, length = 64)
    private String appId;

    @Column(name = "client_id", nullable = false, length = 64)
    private String clientId;

    @Column(name = "client_secret_sealed", nullable = false, length = 2048)
    private String clientSecretSealed;

    @Column(name = "test_data", nullable = false)
    private boolean testData;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected KitApplication() {
    }

    public KitApplication(String instanceId, String tenantId, String appId) {
        super(instanceId, tenantId);
        this.appId = appId;
    }

    public void credential(String clientId, String clientSecretSealed, boolean testData, Instant now) {
        this.clientId = clientId;
        this.clientSecretSealed = clientSecretSealed;
        this.testData = testData;
        this.updatedAt = now;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecretSealed() {
        return clientSecretSealed;
    }

    public String getAppId() {
        return appId;
    }

    public boolean isTestData() {
        return testData;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
