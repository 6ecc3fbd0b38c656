package org.kgconnector.licensing.online.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.platform.keys.SharedSigningKeys;
import org.kgconnector.protocol.crypto.RsaJws;

/**
 * The key of the built-in license documents: {@code koogallery.license.signing-key} (PKCS#8 PEM), or the shared
 * key {@code license} ({@link SharedSigningKeys}), so that every node of a cluster signs with the same key and a
 * restart keeps it; its public key is at {@code /koogallery/api/license-keys}.
 */
@ApplicationScoped
public class LicenseSigningKey {

    static final String NAME = "license";

    @Inject
    ConnectorSettings settings;

    @Inject
    SharedSigningKeys keys;

    public RsaJws key() {
        return keys.key(NAME, settings.licenseSigningKey(), "koogallery.license.signing-key");
    }
}
