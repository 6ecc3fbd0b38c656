package org.kgconnector.web.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.protocol.crypto.Hmac;
import org.kgconnector.protocol.crypto.PasswordHash;

/**
 * The admin users of {@code koogallery.admin.users}: comma-separated {@code name:hash} pairs, each hash a salted
 * PBKDF2 hash in Jakarta Security's format ({@link PasswordHash}; the README shows the command that makes one). A
 * user given here has the role {@code koogallery-admin}; with none configured, nobody has. A user not listed is left
 * to the server's realm when the entry {@value ServerRealm#ENTRY} is there ({@link ServerRealm}). Failed sign-ins are
 * throttled per user and address ({@link SignInThrottle}). A password that verified is remembered for
 * {@link #REMEMBERED} (as a digest, in memory only), so that HTTP Basic does not pay PBKDF2 on every request.
 */
@ApplicationScoped
public class AdminIdentityStore implements IdentityStore {

    public static final String ROLE = "koogallery-admin";
    static final Duration REMEMBERED = Duration.ofMinutes(5);
    /** Checked against when the user is unknown, so that a refusal takes as long as for a known user. */
    private static final String UNKNOWN_USER_HASH = PasswordHash.of(java.util.UUID.randomUUID().toString());
    private static final Logger LOG = ConnectorLog.logger(AdminIdentityStore.class);

    @Inject
    ConnectorSettings settings;

    @Inject
    SignInThrottle throttle;

    @Inject
    ServerRealm realm;

    @Inject
    HttpServletRequest request;

    /** Per user: the digest of the password and hash that verified, and until when it counts. */
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(String proof, Instant until) {
    }

    /** Called by the container for an HTTP Basic sign-in (the identity store's by-type dispatch). */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        Optional<String> users = settings.adminUsers();
        if (users.isEmpty()) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String caller = credential.getCaller();
        Optional<String> hash = hashOf(users.get(), caller);
        if (hash.isEmpty() && realm.enabled()) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT; // not listed: the server's realm decides
        }
        String address = request.getRemoteAddr();
        if (!throttle.attempt(caller, address)) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        String password = credential.getPasswordAsString();
        // an unknown user costs the same PBKDF2 as a known one: the time of a refusal says nothing about names
        if (verifies(caller, password, hash.orElse(UNKNOWN_USER_HASH)) && hash.isPresent()) {
            throttle.succeeded(caller, address);
            return new CredentialValidationResult(caller, Set.of(ROLE));
        }
        return CredentialValidationResult.INVALID_RESULT;
    }

    /**
     * What the user's sign-in rests on, as a digest: a console session keeps it and ends once it changes (the user
     * removed from {@code koogallery.admin.users}, or given another password). Empty for a user who is not there.
     */
    public Optional<String> credentialMark(String user) {
        Optional<String> listed = settings.adminUsers().flatMap(users -> hashOf(users, user))
                .map(hash -> Hmac.digestHex((user + "\n" + hash).getBytes(StandardCharsets.UTF_8)));
        return listed.isPresent() || !realm.enabled() ? listed : Optional.of(ServerRealm.ENTRY);
    }

    /** A user name as the log may show it: no line breaks or other control characters, at most 64 characters. */
    public static String printable(String user) {
        String clean = user.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }

    private boolean verifies(String caller, String password, String hash) {
        String proof = Hmac.digestHex((caller + "\n" + password + "\n" + hash).getBytes(StandardCharsets.UTF_8));
        Verified before = verified.get(caller);
        if (before != null && before.until().isAfter(Instant.now()) && before.proof().equals(proof)) {
            return true;
        }
        if (!PasswordHash.matches(password, hash)) {
            return false;
        }
        verified.put(caller, new Verified(proof, Instant.now().plus(REMEMBERED)));
        return true;
    }

    /** The user's hash; an entry that is no PBKDF2 hash (such as an old unsalted SHA-256) counts as none. */
    private static Optional<String> hashOf(String users, String caller) {
        for (String entry : users.split(",")) {
            int colon = entry.indexOf(':');
            if (colon > 0 && entry.substring(0, colon).trim().equals(caller)) {
                String hash = entry.substring(colon + 1).trim();
                if (!PasswordHash.isWellFormed(hash)) {
                    LOG.warning(() -> "koogallery.admin.users: the hash of " + caller + " is not a PBKDF2 hash ("
                            + PasswordHash.ALGORITHM + ":iterations:salt:hash); make one with"
                            + " java protocol/src/main/java/org/kgconnector/protocol/crypto/PasswordHash.java");
                    return Optional.empty();
                }
                return Optional.of(hash);
            }
        }
        return Optional.empty();
    }
}
