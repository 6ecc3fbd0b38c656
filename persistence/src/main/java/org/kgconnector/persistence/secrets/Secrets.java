package org.kgconnector.persistence.secrets;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.persistence.node.ServerHome;

/**
 * The {@link SecretBox} of this deployment: from {@code koogallery.secrets.key}, or, when that is unset, from a
 * key generated on first start in this node's data directory ({@link ServerHome#dataDirectory()}; every node of a
 * cluster would then need the same file, so a cluster must set the property).
 */
@ApplicationScoped
public class Secrets {

    static final String KEY_FILE = "koogallery-secrets.key";
    private static final Logger LOG = ConnectorLog.logger(Secrets.class);

    @Inject
    @ConfigProperty(name = "koogallery.secrets.key")
    Optional<String> configuredKey;

    private SecretBox box;

    @PostConstruct
    void init() {
        if (configuredKey.isPresent() && !configuredKey.get().isBlank()) {
            box = SecretBox.fromKeyMaterial(configuredKey.get());
            return;
        }
        Path file = ServerHome.dataDirectory().resolve(KEY_FILE);
        LOG.warning(() -> "koogallery.secrets.key is not set: secrets at rest are sealed with the generated key in "
                + file + "; set koogallery.secrets.key on every node of a cluster");
        box = SecretBox.fromKeyMaterial(GeneratedKeyFile.readOrCreate(file));
    }

    public SecretBox box() {
        return box;
    }
}
