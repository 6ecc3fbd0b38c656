package org.kgconnector.web.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.NewCookie;
import org.kgconnector.platform.config.ConnectorSettings;

/**
 * The browser's half of a login session: a cookie holding the session's random id, hidden from scripts, never sent
 * with cross-site subrequests, and {@code Secure} whenever the connector is reached over https (at a balancer that
 * terminates TLS too: {@code koogallery.public-url}). The session itself is in the database, so any node behind a
 * balancer serves it. The joint-operation login's cookie goes to the login addresses only ({@code <context>/sso});
 * the console's to the console and the admin API behind it, and never with a request another site started.
 */
public final class SessionCookie {

    public static final String SSO = "KOOGALLERY_SSO";
    public static final String CONSOLE = "KOOGALLERY_CONSOLE";

    private final String name;
    private final String path;
    private final NewCookie.SameSite sameSite;

    private SessionCookie(String name, String path, NewCookie.SameSite sameSite) {
        this.name = name;
        this.path = path;
        this.sameSite = sameSite;
    }

    /** The joint-operation login's cookie of the application at {@code contextPath}. */
    public static SessionCookie sso(String contextPath) {
        return new SessionCookie(SSO, contextPath + "/sso", NewCookie.SameSite.LAX);
    }

    /** The console's cookie of the application at {@code contextPath}. */
    public static SessionCookie console(String contextPath) {
        return new SessionCookie(CONSOLE, contextPath + "/", NewCookie.SameSite.STRICT);
    }

    /** The cookie of a new session. */
    public NewCookie of(String sessionId, boolean secure) {
        return builder(sessionId, secure).build();
    }

    /** The cookie that makes the browser forget its session. */
    public NewCookie expired(boolean secure) {
        return builder("", secure).maxAge(0).build();
    }

    /** Whether the browser reaches the connector over https, here or at a balancer in front of it. */
    public static boolean secure(HttpServletRequest request, ConnectorSettings settings) {
        return request.isSecure() || settings.publicUrl().map(u -> u.startsWith("https://")).orElse(false);
    }

    private NewCookie.Builder builder(String value, boolean secure) {
        return new NewCookie.Builder(name).value(value).path(path).httpOnly(true).secure(secure).sameSite(sameSite);
    }
}
