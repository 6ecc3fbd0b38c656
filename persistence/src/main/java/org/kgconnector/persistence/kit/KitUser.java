package org.kgconnector.persistence.kit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A user of a tenant, unique by user name within the tenant; its department may not have arrived yet. */
@Entity
@Table(name = "kit_user")
public class KitUser extends KitRow {

    /** The profile fields an authSync carries for a user. */
    public record Profile(String name, String orgCode, String position, String employeeCode, String employeeType,
                          String mobile, String email, String workPlace, String entryDate) {
    }

    @Column(name = "user_name", nullable = false, length = 64)
    private String userName;

    @Column(name = "name", nullable = false, length = 64)
    private String name;

    @Column(name = "org_code", length = 64)
    private String orgCode;

    @Column(name = "position", length = 64)
    private String position;

    @Column(name = "employee_code", length = 64)
    private String employeeCode;

    @Column(name = "employee_type", length = 11)
    private String employeeType;

    @Column(name = "mobile", length = 32)
    private String mobile;

    @Column(name = "email", length = 128)
    private String email;

    @Column(name = "work_place", length = 255)
    private String workPlace;

    @Column(name = "entry_date", length = 32)
    private String entryDate;

    @Column(name = "test_data", nullable = false)
    private boolean testData;

    protected KitUser() {
    }

    public String getUserName() {
        return userName;
    }

    public KitUser(String tenantId, String userName) {
        super(tenantId);
        this.userName = userName;
    }

    public boolean isTestData() {
        return testData;
    }

    public void profile(Profile p, boolean testData) {
        this.name = p.name();
        this.orgCode = p.orgCode();
        this.position = p.position();
        this.employeeCode = p.employeeCode();
        this.employeeType = p.employeeType();
        this.mobile = p.mobile();
        this.email = p.email();
        this.workPlace = p.workPlace();
        this.entryDate = p.entryDate();
        this.testData = testData;
    }

    public String getName() {
        return name;
    }

    public String getOrgCode() {
        return orgCode;
    }

    public String getPosition() {
        return position;
    }

    public String getEmployeeCode() {
        return employeeCode;
    }

    public String getEmployeeType() {
        return employeeType;
    }

    public String getMobile() {
        return mobile;
    }

    public String getEmail() {
        return email;
    }

    public String getWorkPlace() {
        return workPlace;
    }

    public String getEntryDate() {
        return entryDate;
    }
}
