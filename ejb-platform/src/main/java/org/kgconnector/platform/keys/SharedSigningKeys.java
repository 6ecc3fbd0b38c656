package org.kgconnector.platform.keys;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.persistence.retry.ConstraintRetry;
import org.kgconnector.persistence.secrets.Secrets;
import org.kgconnector.protocol.crypto.RsaJws;

/**
 * An RSA signing key that every node of a cluster uses: the configured one (PKCS#8 PEM), or a 2048-bit key
 * generated once and kept in the database, sealed with the deployment's secrets key (the first node's insert wins,
 * the others read it; a restart keeps it). Every node must then share {@code koogallery.secrets.key}. A key is read
 * once per node and kept in memory.
 */
@ApplicationScoped
public class SharedSigningKeys {

    private static final Logger LOG = ConnectorLog.logger(SharedSigningKeys.class);

    @Inject
    SigningKeyStore store;

    @Inject
    Secrets secrets;

    private final Map<String, RsaJws> known = new ConcurrentHashMap<>();

    /**
     * The key named {@code name}: {@code configured} when present (the setting {@code setting} names it in errors),
     * else the shared one, generated now if no node has made it yet.
     */
    public RsaJws key(String name, Optional<String> configured, String setting) {
        return known.computeIfAbsent(name, n -> load(n, configured, setting));
    }

    private RsaJws load(String name, Optional<String> configured, String setting) {
        if (configured.isPresent()) {
            try {
                return RsaJws.fromPem(configured.get());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(setting + " is not an RSA private key in PKCS#8 PEM");
            }
        }
        String sealed = store.sealedKey(name);
        if (sealed == null) {
            LOG.info(() -> setting + " is not set: the " + name + " key is generated once and kept, sealed, in the"
                    + " database, the same for every node");
            RsaJws generated = RsaJws.generate(2048);
            try {
                ConstraintRetry.call(() -> {
                    store.store(name, secrets.box().seal(generated.privateKeyPem()));
                    return null;
                });
            } catch (RuntimeException anotherNodeWasFirst) {
                // the stored key read below is the one every node uses
            }
            sealed = store.sealedKey(name);
        }
        return RsaJws.fromPem(secrets.box().open(sealed));
    }
}
