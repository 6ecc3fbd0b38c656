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
 * user, the mark of the credential that signed in (so that a session ends once its user is removed or given another
 * password) and the session's CSRF token, which every change the console asks for must carry. A session ends
 * {@link Limits#idle()} after its last renewal and at the latest {@link Limits#absolute()} after it opened, however
 * busy; it is renewed at most once a minute, so that reading pages costs no write.
 */
@Stateless
public class ConsoleSessions {

    /** A live console session. */
    public record ConsoleSession(String user, String credentialMark, String csrfToken, Instant expiresAt) {
    }

    /** How long a session lasts: idle, and at most. */
    public record Limits(Duration idle, Duration absolute) {
    }

    /** A session is renewed once it is this old since its last renewal. */
    static final Duration RENEWED_AFTER = Duration.ofMinutes(1);

    @Inject
    BrowserSessions sessions;

    /** A new session of {@code user}, signed in with the credential of {@code credentialMark}; its id, for the browser. */
    public String open(String user, String credentialMark, Limits limits) {
        String identity = JsonText.provider().createObjectBuilder().add("user", user).add("mark", credentialMark)
                .add("csrf", BrowserSessions.newSecret()).build().toString();
        return sessions.open(Purpose.CONSOLE, identity, min(limits.idle(), limits.absolute()));
    }

    /**
     * The live session, renewed when its last renewal is a minute old: for another {@link Limits#idle()}, never past
     * {@link Limits#absolute()} after it opened.
     */
    public Optional<ConsoleSession> find(String id, Limits limits) {
        Instant now = Instant.now();
        Optional<BrowserSessions.Live> live = sessions.find(Purpose.CONSOLE, id)
                .filter(l -> l.openedAt().plus(limits.absolute()).isAfter(now));
        Optional<ConsoleSession> found = live.flatMap(ConsoleSessions::session);
        found.ifPresent(session -> {
            Instant idleEnd = now.plus(limits.idle());
            Instant lastEnd = live.get().openedAt().plus(limits.absolute());
            Instant renewedEnd = idleEnd.isBefore(lastEnd) ? idleEnd : lastEnd;
            if (session.expiresAt().isBefore(renewedEnd.minus(RENEWED_AFTER))) {
                sessions.renew(Purpose.CONSOLE, id, live.get().identity(), Duration.between(now, renewedEnd));
            }
        });
        return found;
    }

    /** Ends the session. */
    public void close(String id) {
        sessions.close(Purpose.CONSOLE, id);
    }

    private static Duration min(Duration one, Duration other) {
        return one.compareTo(other) <= 0 ? one : other;
    }

    private static Optional<ConsoleSession> session(BrowserSessions.Live live) {
        try (JsonReader reader = JsonText.provider().createReader(new StringReader(live.identity()))) {
            JsonObject json = reader.readObject();
            return Optional.of(new ConsoleSession(json.getString("user"), json.getString("mark"),
                    json.getString("csrf"), live.expiresAt()));
        } catch (RuntimeException notAConsoleSession) {
            return Optional.empty();
        }
    }
}
