package org.kgconnector.kit.sso.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Duration;
import java.util.Optional;
import org.kgconnector.kit.sso.boundary.SsoIdentity;
import org.kgconnector.persistence.session.BrowserSession.Purpose;
import org.kgconnector.platform.replay.NonceFirst;
import org.kgconnector.platform.session.BrowserSessions;
import org.kgconnector.protocol.json.JsonText;

/**
 * The joint-operation login sessions: the platform's {@link BrowserSessions} of purpose {@code SSO}, each holding
 * the admitted identity with the identity provider's tokens; it lasts {@link #LIFETIME} from the login or its last
 * renewal.
 */
@Stateless
@Interceptors(NonceFirst.class)
public class SsoSessions {

    /** As long as an idle login session lasts. */
    public static final Duration LIFETIME = Duration.ofMinutes(30);

    @Inject
    BrowserSessions sessions;

    /** A new session for {@code identity}; its id, for the browser. */
    public String open(SsoIdentity identity) {
        return sessions.open(Purpose.SSO, json(identity), LIFETIME);
    }

    /** The identity of a live session. */
    public Optional<SsoIdentity> find(String id) {
        return sessions.find(Purpose.SSO, id).flatMap(live -> identity(live.identity()));
    }

    /** The session now holds {@code renewed}, for another {@link #LIFETIME}; false when it had ended. */
    public boolean renew(String id, SsoIdentity renewed) {
        return sessions.renew(Purpose.SSO, id, json(renewed), LIFETIME);
    }

    /** Ends the session, first of all, and says whose it was when it was live (nothing happens to one that had ended). */
    public Optional<SsoIdentity> close(String id) {
        return sessions.close(Purpose.SSO, id).flatMap(SsoSessions::identity);
    }

    private static String json(SsoIdentity who) {
        JsonObjectBuilder json = JsonText.provider().createObjectBuilder()
                .add("tenantId", who.tenantId()).add("userName", who.userName()).add("role", who.role())
                .add("test", who.test());
        optional(json, "appId", who.appId());
        optional(json, "name", who.name());
        optional(json, "organizationCode", who.organizationCode());
        optional(json, "email", who.email());
        optional(json, "accessToken", who.accessToken());
        optional(json, "refreshToken", who.refreshToken());
        return json.build().toString();
    }

    private static Optional<SsoIdentity> identity(String text) {
        JsonObject json;
        try (JsonReader reader = JsonText.provider().createReader(new StringReader(text))) {
            json = reader.readObject();
        } catch (RuntimeException notAnIdentity) {
            return Optional.empty();
        }
        return Optional.of(new SsoIdentity(json.getString("tenantId"), json.getString("appId", null),
                json.getString("userName"), json.getString("name", null), json.getString("role"),
                json.getString("organizationCode", null), json.getString("email", null), json.getBoolean("test"),
                json.getString("accessToken", null), json.getString("refreshToken", null)));
    }

    private static void optional(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
