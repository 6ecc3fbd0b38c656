package org.kgconnector.platform.session;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.kgconnector.persistence.session.BrowserSession.Purpose;
import org.kgconnector.protocol.json.JsonText;

/**
 * The operator's console sessions: {@link BrowserSessions} of purpose {@code CONSOLE}, each holding the signed-in
 * user and the session's CSRF token, which every change the console asks for must carry. A session ends
 * {@code lifetime} after its last renewal; it is renewed at most once a minute, so that reading pages costs no write.
 */
@Stateless
public class ConsoleSessions {

    /** A live console session. */
    public record ConsoleSession(String user, String csrfToken, Instant expiresAt) {
    }

    /** A session is renewed once it is this old since its last renewal. */
    static final Duration RENEWED_AFTER = Duration.ofMinutes(1);

    @Inject
    BrowserSessions sessions;

    /** A new session of {@code user}; its id, for the browser. */
    public String open(String user, Duration lifetime) {
        return sessions.open(Purpose.CONSOLE, identity(user, BrowserSessions.newSecret()), lifetime);
    }

    /** The live session, renewed for another {@code lifetime} when its last renewal is a minute old. */
    public Optional<ConsoleSession> find(String id, Duration lifetime) {
        return sessions.find(Purpose.CONSOLE, id).flatMap(live -> session(live).map(found -> {
            if (found.expiresAt().isBefore(Instant.now().plus(lifetime).minus(RENEWED_AFTER))) {
                sessions.renew(Purpose.CONSOLE, id, live.identity(), lifetime);
            }
            return found;
        }));
    }

    /** Ends the session. */
    public void close(String id) {
        sessions.close(Purpose.CONSOLE, id);
    }

    private static String identity(String user, String csrfToken) {
        return JsonText.provider().createObjectBuilder().add("user", user).add("csrf", csrfToken).build().toString();
    }

    private static Optional<ConsoleSession> session(BrowserSessions.Live live) {
        try (JsonReader reader = JsonText.provider().createReader(new StringReader(live.identity()))) {
            JsonObject json = reader.readObject();
            return Optional.of(new ConsoleSession(json.getString("user"), json.getString("csrf"), live.expiresAt()));
        } catch (RuntimeException notAConsoleSession) {
            return Optional.empty();
        }
    }
}
