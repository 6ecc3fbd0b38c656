package org.kgconnector.platform.session;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.kgconnector.persistence.secrets.Secrets;
import org.kgconnector.persistence.session.BrowserSession;
import org.kgconnector.persistence.session.BrowserSession.Purpose;
import org.kgconnector.protocol.crypto.Hmac;
import org.kgconnector.platform.replay.NonceFirst;

/**
 * The login sessions in the database, so that every node serves them (no sticky sessions behind a balancer): a
 * session is a random 256-bit id the browser holds, stored as its SHA-256 with an identity (any text: the login
 * that owns the purpose decides its form) sealed by the deployment's secrets key. A session of one purpose never
 * opens as another's.
 */
@Stateless
@Interceptors(NonceFirst.class)
public class BrowserSessions {

    /** A live session: what it holds, since when and until when. */
    public record Live(String identity, Instant openedAt, Instant expiresAt) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    @Inject
    Secrets secrets;

    /** A new session holding {@code identity} for {@code lifetime}; its id, for the browser. */
    public String open(Purpose purpose, String identity, Duration lifetime) {
        String id = newSecret();
        Instant now = Instant.now();
        em.persist(new BrowserSession(sha256(id), purpose, secrets.box().seal(identity), now, now.plus(lifetime)));
        return id;
    }

    /** The live session of that purpose (none for one this node cannot open: sealed with another secrets key). */
    public Optional<Live> find(Purpose purpose, String id) {
        return live(purpose, id).flatMap(s -> opened(s.getIdentitySealed())
                .map(i -> new Live(i, s.getCreatedAt(), s.getExpiresAt())));
    }

    /** The session now holds {@code identity}, for another {@code lifetime}; false when it had ended. */
    public boolean renew(Purpose purpose, String id, String identity, Duration lifetime) {
        Optional<BrowserSession> session = live(purpose, id);
        session.ifPresent(s -> s.renew(secrets.box().seal(identity), Instant.now().plus(lifetime)));
        return session.isPresent();
    }

    /** Ends the session, first of all, and says what it held when it was live (nothing happens to one that had ended). */
    public Optional<String> close(Purpose purpose, String id) {
        Optional<BrowserSession> session = live(purpose, id);
        if (wellFormed(id)) {
            em.createQuery("DELETE FROM BrowserSession s WHERE s.idSha256 = :id AND s.purpose = :purpose")
                    .setParameter("id", sha256(id)).setParameter("purpose", purpose).executeUpdate();
        }
        return session.flatMap(s -> opened(s.getIdentitySealed()));
    }

    /** A random 256-bit value, URL-safe: a session id, or another secret a session keeps (a CSRF token). */
    public static String newSecret() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** Whether {@code id} can be a session id at all (an absent or oversized cookie names none). */
    private static boolean wellFormed(String id) {
        return id != null && !id.isBlank() && id.length() <= 64;
    }

    private Optional<BrowserSession> live(Purpose purpose, String id) {
        if (!wellFormed(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(BrowserSession.class, sha256(id)))
                .filter(s -> s.getPurpose() == purpose && s.getExpiresAt().isAfter(Instant.now()));
    }

    private Optional<String> opened(String sealed) {
        try {
            return Optional.of(secrets.box().open(sealed));
        } catch (RuntimeException notOurs) {
            return Optional.empty();
        }
    }

    private static String sha256(String id) {
        return Hmac.digestHex(id.getBytes(StandardCharsets.US_ASCII));
    }
}
