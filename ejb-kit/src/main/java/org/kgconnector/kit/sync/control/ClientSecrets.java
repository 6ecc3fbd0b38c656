package org.kgconnector.kit.sync.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.kgconnector.protocol.crypto.OaepSecret;

/**
 * Opens application client secrets with the private key of {@code koogallery.kit.private-key}. The key is read
 * through MicroProfile Config at each use (a rotated key applies at once); the clear secret is never logged.
 */
@ApplicationScoped
public class ClientSecrets {

    private static final Logger LOG = Logger.getLogger(ClientSecrets.class.getName());

    @Inject
    Config config;

    /** The clear secret, or empty when no key is configured or it does not open the ciphertext. */
    public Optional<String> open(String encrypted) {
        Optional<String> pem = config.getOptionalValue("koogallery.kit.private-key", String.class);
        if (pem.isEmpty()) {
            LOG.severe("koogallery.kit.private-key is not set: an applicationSync client secret cannot be decrypted");
            return Optional.empty();
        }
        Optional<OaepSecret.Opened> opened = OaepSecret.fromPem(pem.get()).open(encrypted);
        opened.ifPresent(o -> LOG.fine(() -> "client secret opened with " + o.setting()));
        return opened.map(OaepSecret.Opened::secret);
    }
}
