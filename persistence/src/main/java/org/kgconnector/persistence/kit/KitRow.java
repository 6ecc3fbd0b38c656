package org.kgconnector.persistence.kit;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** What every Kit row but the tenant itself has: a surrogate key and the tenant it belongs to. */
@MappedSuperclass
public abstract class KitRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tenant_id", nullable = false, length = 64)
    private String tenantId;

    protected KitRow() {
    }

    protected KitRow(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getTenantId() {
        return tenantId;
    }

    public Long getId() {
        return id;
    }
}
