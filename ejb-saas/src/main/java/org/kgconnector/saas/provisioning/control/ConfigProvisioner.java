package org.kgconnector.saas.provisioning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.security.SecureRandom;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kgconnector.spi.AppInfo;
import org.kgconnector.spi.InstanceEvent;
import org.kgconnector.spi.Provisioner;
import org.kgconnector.spi.ProvisioningResult;

/**
 * The built-in provisioner ({@code koogallery.provisioning.provisioner=config}): answers every create with the
 * configured addresses ({@code {instanceId}} in them is replaced), an admin account named after the instance and
 * a generated password; every other step needs nothing (the SPI defaults). It also serves all test calls by default.
 */
@ApplicationScoped
@Named(ConfigProvisioner.NAME)
public class ConfigProvisioner implements Provisioner {

    public static final String NAME = "config";
    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "koogallery.provisioning.front-end-url", defaultValue = "https://localhost/")
    String frontEndUrl;

    @Inject
    @ConfigProperty(name = "koogallery.provisioning.admin-url")
    Optional<String> adminUrl;

    @Inject
    @ConfigProperty(name = "koogallery.provisioning.memo")
    Optional<String> memo;

    @Override
    public ProvisioningResult create(InstanceEvent event) {
        String id = event.instanceId();
        return ProvisioningResult.done(new AppInfo(fill(frontEndUrl, id), adminUrl.map(u -> fill(u, id)).orElse(null),
                "admin-" + id.substring(0, Math.min(8, id.length())), newPassword(), memo.orElse(null)));
    }

    /** The app information answered for a test instance the connector has never seen (decision 11 of docs/protocol/decisions.md). */
    public AppInfo describe(String instanceId) {
        return new AppInfo(fill(frontEndUrl, instanceId), adminUrl.map(u -> fill(u, instanceId)).orElse(null), null, null,
                memo.orElse(null));
    }

    private static String fill(String template, String instanceId) {
        return template.replace("{instanceId}", instanceId);
    }

    static String newPassword() {
        StringBuilder password = new StringBuilder("Kg!");
        for (int i = 0; i < 13; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
