package org.kgconnector.platform.work;

/**
 * The kinds of durable work, each with its handler and its settings {@code koogallery.work.<name>.max-attempts}
 * and {@code koogallery.work.<name>.first-back-off} (defaults: {@code koogallery.jobs.max-attempts}, 10, and
 * 5 s).
 */
public enum WorkKind {
    PROVISIONING("provisioning"),
    ORDER_FETCH("order-fetch"),
    LICENSE_UPLOAD("license-upload"),
    USAGE_PUSH("usage-push"),
    LICENSE_USAGE("license-usage"),
    ALERT("alert");

    private final String settingName;

    WorkKind(String settingName) {
        this.settingName = settingName;
    }

    /** The name in this kind's configuration properties. */
    public String settingName() {
        return settingName;
    }
}
