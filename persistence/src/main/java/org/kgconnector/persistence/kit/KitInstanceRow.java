package org.kgconnector.persistence.kit;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/** A Kit row that also belongs to an instance (empty for a seller's credential application). */
@MappedSuperclass
public abstract class KitInstanceRow extends KitRow {

    @Column(name = "instance_id", nullable = false, length = 64)
    private String instanceId;

    protected KitInstanceRow() {
    }

    protected KitInstanceRow(String instanceId, String tenantId) {
        super(tenantId);
        this.instanceId = instanceId;
    }

    public String getInstanceId() {
        return instanceId;
    }
}
