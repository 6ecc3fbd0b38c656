package org.kgconnector.kit.sso.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.kgconnector.kit.sso.boundary.SsoIdentity;
import org.kgconnector.persistence.kit.SsoSession;
import org.kgconnector.persistence.secrets.Secrets;
import org.kgconnector.platform.replay.NonceFirst;
import org.kgconnector.protocol.crypto.Hmac;
import org.kgconnector.protocol.json.JsonText;

/**
 * The login sessions in the database, so that every node serves them (no sticky sessions behind a balancer): a
 * session is a random 256-bit id the browser holds, stored as its SHA-256 with the identity sealed by the
 * deployment's secrets key; it lasts {@link #LIFETIME} from the login or its last renewal.
 */
@Stateless
@Interceptors(NonceFirst.class)
public class SsoSessions {

    /** As long as an idle login session lasts. */
    public static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    @Inject
    Secrets secrets;

    /** A new session for {@code identity}; its id, for the browser. */
    public String open(SsoIdentity identity) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = Instant.now();
        em.persist(new SsoSession(sha256(id), seal(identity), now, now.plus(LIFETIME)));
        return id;
    }

    /** The identity of a live session (none for one this node cannot open: sealed with another secrets key). */
    public Optional<SsoIdentity> find(String id) {
        return live(id).flatMap(s -> opened(s.getIdentitySealed()));
    }

    /** The session now holds {@code renewed}, for another {@link #LIFETIME}; false when it had ended. */
    public boolean renew(String id, SsoIdentity renewed) {
        Optional<SsoSession> session = live(id);
        session.ifPresent(s -> s.renew(seal(renewed), Instant.now().plus(LIFETIME)));
        return session.isPresent();
    }

    /** Ends the session, first of all, and says whose it was when it was live (nothing happens to one that had ended). */
    public Optional<SsoIdentity> close(String id) {
        Optional<SsoSession> session = live(id);
        if (wellFormed(id)) {
            em.createQuery("DELETE FROM SsoSession s WHERE s.idSha256 = :id").setParameter("id", sha256(id))
                    .executeUpdate();
        }
        return session.flatMap(s -> opened(s.getIdentitySealed()));
    }

    /** Whether {@code id} can be a session id at all (an absent or oversized cookie names none). */
    private static boolean wellFormed(String id) {
        return id != null && !id.isBlank() && id.length() <= 64;
    }

    private Optional<SsoSession> live(String id) {
        if (!wellFormed(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(SsoSession.class, sha256(id)))
                .filter(s -> s.getExpiresAt().isAfter(Instant.now()));
    }

    private String seal(SsoIdentity who) {
        JsonObjectBuilder json = JsonText.provider().createObjectBuilder()
                .add("tenantId", who.tenantId()).add("userName", who.userName()).add("role", who.role())
                .add("test", who.test());
        optional(json, "appId", who.appId());
        optional(json, "name", who.name());
        optional(json, "organizationCode", who.organizationCode());
        optional(json, "email", who.email());
        optional(json, "accessToken", who.accessToken());
        optional(json, "refreshToken", who.refreshToken());
        return secrets.box().seal(json.build().toString());
    }

    private Optional<SsoIdentity> opened(String sealed) {
        try {
            return Optional.of(open(sealed));
        } catch (RuntimeException notOurs) {
            return Optional.empty();
        }
    }

    private SsoIdentity open(String sealed) {
        JsonObject json;
        try (JsonReader reader = JsonText.provider().createReader(new StringReader(secrets.box().open(sealed)))) {
            json = reader.readObject();
        }
        return new SsoIdentity(json.getString("tenantId"), json.getString("appId", null), json.getString("userName"),
                json.getString("name", null), json.getString("role"), json.getString("organizationCode", null),
                json.getString("email", null), json.getBoolean("test"), json.getString("accessToken", null),
                json.getString("refreshToken", null));
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static String sha256(String id) {
        return Hmac.digestHex(id.getBytes(StandardCharsets.US_ASCII));
    }
}
