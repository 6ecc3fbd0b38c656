package org.kgconnector.kit.sync.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.protocol.crypto.OaepSecret;

/**
 * Opens application client secrets with the private key of {@code koogallery.kit.private-key}. The key is read
 * through MicroProfile Config at each use (a rotated key applies at once); the clear secret is never logged.
 */
@ApplicationScoped
public class ClientSecrets {

    private static final Logger LOG = ConnectorLog.logger(ClientSecrets.class);

    @Inject
    ConnectorSettings settings;

    /** A secret opened, or why it could not be (never the secret or the ciphertext). */
    public record Opening(String secret, String failure) {

        public boolean opened() {
            return secret != null;
        }
    }

    /** RSA keys of the app credential have at least 3072 bits: their ciphertext is at least 384 bytes. */
    static final int MIN_CIPHERTEXT_BYTES = 384;

    /**
     * Whether the value has the shape of RSA-OAEP ciphertext of an app credential's key (Base64 of at least 384
     * bytes) rather than a secret somebody typed.
     */
    public static boolean looksEncrypted(String value) {
        if (value == null || value.length() < MIN_CIPHERTEXT_BYTES * 4 / 3) {
            return false;
        }
        try {
            return Base64.getDecoder().decode(value.replaceAll("\\s", "")).length >= MIN_CIPHERTEXT_BYTES;
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /** Opens the ciphertext with the configured key. */
    public Opening open(String encrypted) {
        Optional<String> pem = settings.kitPrivateKey();
        if (pem.isEmpty()) {
            return new Opening(null, "koogallery.kit.private-key is not set");
        }
        Optional<OaepSecret.Opened> opened;
        try {
            opened = OaepSecret.fromPem(pem.get()).open(encrypted);
        } catch (IllegalArgumentException unreadableKey) {
            LOG.severe("koogallery.kit.private-key is not a PKCS#8 PEM RSA private key: " + unreadableKey.getMessage());
            return new Opening(null, "koogallery.kit.private-key cannot be read");
        }
        opened.ifPresent(o -> LOG.fine(() -> "client secret opened with " + o.setting()));
        return opened.map(o -> new Opening(o.secret(), null)).orElseGet(() -> new Opening(null,
                "it is not RSA-OAEP ciphertext of the public key that belongs to koogallery.kit.private-key"));
    }
}
