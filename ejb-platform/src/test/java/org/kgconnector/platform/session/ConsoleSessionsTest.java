package org.kgconnector.platform.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kgconnector.persistence.session.BrowserSession.Purpose;

/**
 * A console session: its user, credential mark and CSRF token kept, renewed at most once a minute and never past its
 * absolute limit, gone once it ended, reached that limit or closed.
 */
class ConsoleSessionsTest {

    static final Duration IDLE = Duration.ofMinutes(30);
    static final ConsoleSessions.Limits LIFETIME = new ConsoleSessions.Limits(IDLE, Duration.ofHours(8));

    /** The sessions as the database keeps them: live ones only, with their end. */
    static final class Stored extends BrowserSessions {
        final Map<String, Live> rows = new HashMap<>();
        final Map<String, Duration> renewed = new HashMap<>();

        @Override
        public String open(Purpose purpose, String identity, Duration lifetime) {
            String id = purpose + "-" + rows.size();
            rows.put(id, new Live(identity, Instant.now(), Instant.now().plus(lifetime)));
            return id;
        }

        @Override
        public Optional<Live> find(Purpose purpose, String id) {
            return Optional.ofNullable(rows.get(id)).filter(l -> l.expiresAt().isAfter(Instant.now()));
        }

        @Override
        public boolean renew(Purpose purpose, String id, String identity, Duration lifetime) {
            renewed.put(id, lifetime);
            rows.put(id, new Live(identity, rows.get(id).openedAt(), Instant.now().plus(lifetime)));
            return true;
        }

        @Override
        public Optional<String> close(Purpose purpose, String id) {
            return Optional.ofNullable(rows.remove(id)).map(Live::identity);
        }

        void endsIn(String id, Duration left) {
            rows.put(id, new Live(rows.get(id).identity(), rows.get(id).openedAt(), Instant.now().plus(left)));
        }

        void openedAgo(String id, Duration ago) {
            rows.put(id, new Live(rows.get(id).identity(), Instant.now().minus(ago), rows.get(id).expiresAt()));
        }
    }

    Stored stored;
    ConsoleSessions sessions;

    @BeforeEach
    void setUp() {
        stored = new Stored();
        sessions = new ConsoleSessions();
        sessions.sessions = stored;
    }

    @Test
    void aSessionHoldsItsUserAndARandomCsrfToken() {
        String first = sessions.open("operator", "mark-1", LIFETIME);
        String second = sessions.open("operator", "mark-1", LIFETIME);
        ConsoleSessions.ConsoleSession one = sessions.find(first, LIFETIME).orElseThrow();
        assertEquals("operator", one.user());
        assertEquals("mark-1", one.credentialMark());
        assertEquals(43, one.csrfToken().length(), "256 random bits, base64url");
        assertTrue(!one.csrfToken().equals(sessions.find(second, LIFETIME).orElseThrow().csrfToken()));
    }

    @Test
    void aSessionIsRenewedOnlyOnceItsLastRenewalIsAMinuteOld() {
        String id = sessions.open("operator", "mark-1", LIFETIME);
        sessions.find(id, LIFETIME);
        assertEquals(Map.of(), stored.renewed, "just opened: no write");
        stored.endsIn(id, IDLE.minusSeconds(61));
        sessions.find(id, LIFETIME);
        assertAbout(IDLE, stored.renewed.get(id), "a minute on: renewed for another idle time");
    }

    @Test
    void aSessionIsNeverRenewedPastItsLimitAndEndsThere() {
        String id = sessions.open("operator", "mark-1", LIFETIME);
        stored.openedAgo(id, Duration.ofHours(8).minusMinutes(10));
        stored.endsIn(id, Duration.ofMinutes(2));
        assertTrue(sessions.find(id, LIFETIME).isPresent());
        assertAbout(Duration.ofMinutes(10), stored.renewed.get(id), "renewed up to its limit only, not for 30 minutes");
        stored.openedAgo(id, Duration.ofHours(8).plusSeconds(1));
        assertTrue(sessions.find(id, LIFETIME).isEmpty(), "busy or not, eight hours after it opened it has ended");
    }

    @Test
    void anEndedOrClosedSessionIsNone() {
        String id = sessions.open("operator", "mark-1", LIFETIME);
        stored.endsIn(id, Duration.ofSeconds(-1));
        assertTrue(sessions.find(id, LIFETIME).isEmpty(), "its idle time ran out");
        String other = sessions.open("operator", "mark-1", LIFETIME);
        sessions.close(other);
        assertTrue(sessions.find(other, LIFETIME).isEmpty(), "signed out");
    }

    @Test
    void aSessionOfAnotherKindIsNoConsoleSession() {
        String id = stored.open(Purpose.CONSOLE, "{\"tenantId\":\"t\"}", IDLE);
        assertTrue(sessions.find(id, LIFETIME).isEmpty());
    }

    static void assertAbout(Duration expected, Duration actual, String what) {
        assertTrue(expected.minus(actual).abs().compareTo(Duration.ofSeconds(2)) < 0, what + ": " + actual);
    }
}
