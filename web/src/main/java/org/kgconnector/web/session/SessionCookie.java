package org.kgconnector.web.sso.control;

import jakarta.ws.rs.core.NewCookie;

/**
 * The browser's half of a login session: a cookie holding the session's random id, for the login addresses only
 * ({@code <context>/sso}), hidden from scripts, not sent with cross-site subrequests, and {@code Secure} whenever the
 * connector is reached over https (at a balancer that terminates TLS too: {@code koogallery.public-url}). The
 * session itself is in the database, so any node behind a balancer serves it.
 */
public final class SessionCookie {

    public static final String NAME = "KOOGALLERY_SSO";

    private SessionCookie() {
    }

    /** The cookie of a new session. */
    public static NewCookie of(String sessionId, String contextPath, boolean secure) {
        return builder(sessionId, contextPath, secure).build();
    }

    /** The cookie that makes the browser forget its session. */
    public static NewCookie expired(String contextPath, boolean secure) {
        return builder("", contextPath, secure).maxAge(0).build();
    }

    private static NewCookie.Builder builder(String value, String contextPath, boolean secure) {
        return new NewCookie.Builder(NAME).value(value).path(contextPath + "/sso").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX);
    }
}
