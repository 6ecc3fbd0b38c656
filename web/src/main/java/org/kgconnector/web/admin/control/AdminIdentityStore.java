package org.kgconnector.web.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.protocol.crypto.Hmac;

/**
 * The admin users of {@code koogallery.admin.users}: comma-separated {@code name:sha256hex} pairs, the SHA-256
 * of the password in hex (so that the configuration holds no clear password). A user given here has the role
 * {@code koogallery-admin}; with none configured, nobody has.
 */
@ApplicationScoped
public class AdminIdentityStore implements IdentityStore {

    public static final String ROLE = "koogallery-admin";

    @Inject
    ConnectorSettings settings;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<String> users = settings.adminUsers();
        if (users.isEmpty()) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String presented = Hmac.digestHex(credential.getPasswordAsString().getBytes(StandardCharsets.UTF_8));
        for (String entry : users.get().split(",")) {
            int colon = entry.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = entry.substring(0, colon).trim();
            String hash = entry.substring(colon + 1).trim().toLowerCase(java.util.Locale.ROOT);
            if (name.equals(credential.getCaller()) && MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                    presented.getBytes(StandardCharsets.US_ASCII))) {
                return new CredentialValidationResult(name, Set.of(ROLE));
            }
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
