package org.kgconnector.persistence.kit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A department of a tenant; {@code parentCode} is empty at the top of the tree. */
@Entity
@Table(name = "kit_department")
public class KitDepartment extends KitRow {

    @Column(name = "org_code", nullable = false, length = 64)
    private String orgCode;

    @Column(name = "org_name", nullable = false, length = 128)
    private String orgName;

    @Column(name = "parent_code", length = 64)
    private String parentCode;

    @Column(name = "test_data", nullable = false)
    private boolean testData;

    protected KitDepartment() {
    }

    public KitDepartment(String tenantId, String orgCode) {
        super(tenantId);
        this.orgCode = orgCode;
    }

    public void place(String orgName, String parentCode, boolean testData) {
        this.orgName = orgName;
        this.parentCode = parentCode;
        this.testData = testData;
    }

    public String getOrgCode() {
        return orgCode;
    }

    public String getOrgName() {
        return orgName;
    }

    public String getParentCode() {
        return parentCode;
    }

    public boolean isTestData() {
        return testData;
    }
}
