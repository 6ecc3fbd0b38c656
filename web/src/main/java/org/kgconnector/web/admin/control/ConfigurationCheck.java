package org.kgconnector.web.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.web.health.ConnectorStatus;

/**
 * What is configured and whether it answers, as the console's overview shows it: how many keys each interface type
 * has, whether the open API's AK/SK, the Kit private key, the admin users and the alert hook are set, which
 * provisioner runs, the database's state and the families'. Never a secret's value: a secret is {@code set} or
 * {@code missing}.
 */
@ApplicationScoped
public class ConfigurationCheck {

    static final List<String> KEY_TYPES = List.of("base", "kit", "license-code", "legacy", "general");

    @Inject
    ConnectorSettings settings;

    @Inject
    ConnectorStatus status;

    @Inject
    Config config;

    public Map<String, Object> report() {
        Map<String, Object> report = new LinkedHashMap<>();
        Map<String, Integer> keys = new LinkedHashMap<>();
        KEY_TYPES.forEach(type -> keys.put(type, settings.keys(type).size()));
        report.put("keys", keys);
        report.put("openApiAkSk", set(settings.openApiAk().isPresent() && settings.openApiSk().isPresent()));
        report.put("openApiEndpoint", settings.openApiEndpoint());
        report.put("kitPrivateKey", set(settings.kitPrivateKey().isPresent()));
        report.put("adminUsers", set(settings.adminUsers().isPresent()));
        report.put("provisioner", config.getOptionalValue("koogallery.provisioning.provisioner", String.class)
                .orElse("config"));
        report.put("alertWebhook", set(config.getOptionalValue("koogallery.alerts.webhook-url", String.class)
                .isPresent()));
        report.put("publicUrl", settings.publicUrl().orElse(null));
        report.put("database", status.database());
        report.put("schemaVersion", status.schemaVersion());
        report.put("families", status.families());
        return report;
    }

    private static String set(boolean present) {
        return present ? "set" : "missing";
    }
}
