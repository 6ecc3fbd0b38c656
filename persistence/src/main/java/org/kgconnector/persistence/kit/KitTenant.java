package org.kgconnector.persistence.kit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An enterprise (tenant) of the unified identity platform; {@code domainName} is its login host. */
@Entity
@Table(name = "kit_tenant")
public class KitTenant {

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    @Column(name = "tenant_code", nullable = false, length = 64)
    private String tenantCode;

    @Column(name = "name", nullable = false, length = 255)
    private String name;

    @Column(name = "domain_name", nullable = false, length = 255)
    private String domainName;

    @Column(name = "test_data", nullable = false)
    private boolean testData;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected KitTenant() {
    }

    public KitTenant(String tenantId) {
        this.tenantId = tenantId;
    }

    public void describe(String tenantCode, String name, String domainName, boolean testData, Instant now) {
        this.tenantCode = tenantCode;
        this.name = name;
        this.domainName = domainName;
        this.testData = testData;
        this.updatedAt = now;
    }

    public String getTenantId() {
        return tenantId;
    }

    public String getDomainName() {
        return domainName;
    }

    public String getTenantCode() {
        return tenantCode;
    }

    public String getName() {
        return name;
    }

    public boolean isTestData() {
        return testData;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
