package org.kgconnector.platform.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kgconnector.persistence.session.BrowserSession.Purpose;

/** A console session: its user and CSRF token kept, renewed at most once a minute, gone once it ended or closed. */
class ConsoleSessionsTest {

    static final Duration LIFETIME = Duration.ofMinutes(30);

    /** The sessions as the database keeps them: live ones only, with their end. */
    static final class Stored extends BrowserSessions {
        final Map<String, Live> rows = new HashMap<>();
        final List<String> renewed = new ArrayList<>();

        @Override
        public String open(Purpose purpose, String identity, Duration lifetime) {
            String id = purpose + "-" + rows.size();
            rows.put(id, new Live(identity, Instant.now().plus(lifetime)));
            return id;
        }

        @Override
        public Optional<Live> find(Purpose purpose, String id) {
            return Optional.ofNullable(rows.get(id)).filter(l -> l.expiresAt().isAfter(Instant.now()));
        }

        @Override
        public boolean renew(Purpose purpose, String id, String identity, Duration lifetime) {
            renewed.add(id);
            rows.put(id, new Live(identity, Instant.now().plus(lifetime)));
            return true;
        }

        @Override
        public Optional<String> close(Purpose purpose, String id) {
            return Optional.ofNullable(rows.remove(id)).map(Live::identity);
        }

        void endsIn(String id, Duration left) {
            rows.put(id, new Live(rows.get(id).identity(), Instant.now().plus(left)));
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
        String first = sessions.open("operator", LIFETIME);
        String second = sessions.open("operator", LIFETIME);
        ConsoleSessions.ConsoleSession one = sessions.find(first, LIFETIME).orElseThrow();
        assertEquals("operator", one.user());
        assertEquals(43, one.csrfToken().length(), "256 random bits, base64url");
        assertTrue(!one.csrfToken().equals(sessions.find(second, LIFETIME).orElseThrow().csrfToken()));
    }

    @Test
    void aSessionIsRenewedOnlyOnceItsLastRenewalIsAMinuteOld() {
        String id = sessions.open("operator", LIFETIME);
        sessions.find(id, LIFETIME);
        assertEquals(List.of(), stored.renewed, "just opened: no write");
        stored.endsIn(id, LIFETIME.minusSeconds(61));
        sessions.find(id, LIFETIME);
        assertEquals(List.of(id), stored.renewed, "a minute on: renewed for another lifetime");
    }

    @Test
    void anEndedOrClosedSessionIsNone() {
        String id = sessions.open("operator", LIFETIME);
        stored.endsIn(id, Duration.ofSeconds(-1));
        assertTrue(sessions.find(id, LIFETIME).isEmpty(), "its idle time ran out");
        String other = sessions.open("operator", LIFETIME);
        sessions.close(other);
        assertTrue(sessions.find(other, LIFETIME).isEmpty(), "signed out");
    }

    @Test
    void aSessionOfAnotherKindIsNoConsoleSession() {
        String id = stored.open(Purpose.CONSOLE, "{\"tenantId\":\"t\"}", LIFETIME);
        assertTrue(sessions.find(id, LIFETIME).isEmpty());
    }
}
