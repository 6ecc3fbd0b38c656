package org.kgconnector.licensing.online.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.kgconnector.persistence.retry.ConstraintRetry;
import org.kgconnector.persistence.secrets.Secrets;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.protocol.crypto.RsaJws;

/**
 * The key of the built-in license documents: {@code koogallery.license.signing-key} (PKCS#8 PEM), or a 2048-bit
 * key generated once and kept in the database, sealed, so that every node of a cluster signs with the same key
 * and a restart keeps it.
 */
@ApplicationScoped
public class LicenseSigningKey {

    static final String NAME = "license";
    private static final Logger LOG = Logger.getLogger(LicenseSigningKey.class.getName());

    @Inject
    ConnectorSettings settings;

    @Inject
    SigningKeyStore store;

    @Inject
    Secrets secrets;

    private volatile RsaJws key;

    public RsaJws key() {
        RsaJws known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    key = load();
                }
                known = key;
            }
        }
        return known;
    }

    private RsaJws load() {
        Optional<String> configured = settings.licenseSigningKey();
        if (configured.isPresent()) {
            try {
                return RsaJws.fromPem(configured.get());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("koogallery.license.signing-key is not an RSA private key in PKCS#8 PEM");
            }
        }
        String sealed = store.sealedKey(NAME);
        if (sealed == null) {
            LOG.info("koogallery.license.signing-key is not set: license documents are signed with a key generated"
                    + " once and kept in the database; its public key is at /koogallery/api/license-keys");
            RsaJws generated = RsaJws.generate(2048);
            try {
                ConstraintRetry.call(() -> {
                    store.store(NAME, secrets.box().seal(generated.privateKeyPem()));
                    return null;
                });
            } catch (RuntimeException anotherNodeWasFirst) {
                // the stored key below is the one every node uses
            }
            sealed = store.sealedKey(NAME);
        }
        return RsaJws.fromPem(secrets.box().open(sealed));
    }
}
