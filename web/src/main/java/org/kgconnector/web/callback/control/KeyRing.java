package org.kgconnector.web.callback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.protocol.crypto.AccessKey;

/**
 * The access keys per interface type, from {@code koogallery.keys.<type>} (comma-separated during a rotation:
 * every key verifies). Read through MicroProfile Config on each call so that a changed key needs no redeploy.
 */
@ApplicationScoped
public class KeyRing {

    @Inject
    ConnectorSettings settings;

    public List<AccessKey> keys(String type) {
        List<AccessKey> keys = new ArrayList<>();
        for (String value : settings.keys(type)) {
            keys.add(new AccessKey(type, keys.size(), value));
        }
        return keys;
    }

    /** The key that signs an answer when no key verified the request: the first of the type, if any. */
    public Optional<AccessKey> first(String type) {
        List<AccessKey> keys = keys(type);
        return keys.isEmpty() ? Optional.empty() : Optional.of(keys.get(0));
    }
}
