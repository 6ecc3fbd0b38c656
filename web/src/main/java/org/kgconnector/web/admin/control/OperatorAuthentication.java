package org.kgconnector.web.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.platform.session.ConsoleSessions;
import org.kgconnector.platform.session.ConsoleSessions.ConsoleSession;
import org.kgconnector.web.problem.Problems;
import org.kgconnector.web.console.control.PathRedirect;
import org.kgconnector.web.session.SessionCookie;

/**
 * Who the operator is, on the admin API and the console: HTTP Basic for scripts (the users of
 * {@code koogallery.admin.users}, through the identity store, or the server's own realm: {@link ServerRealm}), or the
 * console's session cookie, opened by signing in
 * through the console's form. A change made under a console session (any method but {@code GET}, {@code HEAD},
 * {@code OPTIONS}) must carry the session's CSRF token in {@value #CSRF_HEADER}; without it the answer is 403 and
 * nothing runs; and any change a browser asks for must come from the connector's own pages ({@link SameOrigin}), so
 * that a browser holding the operator's HTTP Basic credentials cannot be driven by another site. Unauthenticated, a
 * console page leads to the sign-in form, the admin API asks for HTTP Basic (the
 * console's own requests, marked {@value #CONSOLE_HEADER}, get a 401 without the challenge, so that no browser dialog
 * opens).
 */
@ApplicationScoped
public class OperatorAuthentication implements HttpAuthenticationMechanism {

    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String CONSOLE_HEADER = "X-KooGallery-Console";
    /** The request attribute under which the console session of the request is found. */
    public static final String SESSION_ATTRIBUTE = ConsoleSession.class.getName();
    static final String REALM = "koogallery-admin";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    IdentityStoreHandler identities;

    @Inject
    ConsoleSessions sessions;

    @Inject
    AdminIdentityStore admins;

    @Inject
    ServerRealm realm;

    @Inject
    ConnectorSettings settings;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        boolean changes = !SAFE_METHODS.contains(request.getMethod());
        if (changes && context.isProtected() && !SameOrigin.of(request, settings.publicUrl())) {
            // a browser holding HTTP Basic credentials or a session must not be driven by another site's page
            return refused(response, 403, "a change must come from the console's own pages");
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return basic(authorization.substring(6).trim(), request, response, context);
        }
        if (!context.isProtected()) {
            // the sign-in form and its files: no session is looked at, so a stale cookie never stands in the way
            return context.doNothing();
        }
        Optional<ConsoleSession> session = sessionCookie(request).flatMap(this::liveSession);
        if (session.isPresent()) {
            if (changes && !carriesToken(request, session.get())) {
                return refused(response, 403, "a change needs the console session's CSRF token in " + CSRF_HEADER);
            }
            request.setAttribute(SESSION_ATTRIBUTE, session.get());
            return context.notifyContainerAboutLogin(session.get().user(), Set.of(AdminIdentityStore.ROLE));
        }
        if (path(request).startsWith("/console")) {
            PathRedirect.send(response, request.getContextPath() + "/console/sign-in.html");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return request.getHeader(CONSOLE_HEADER) != null ? refused(response, 401, "the console session has ended")
                : challenge(response);
    }

    /** The live session of that id whose user still signs in as then; one whose user was removed or changed ends. */
    private Optional<ConsoleSession> liveSession(String id) {
        Optional<ConsoleSession> session = sessions.find(id, settings.consoleSessionLimits());
        if (session.isPresent() && !admins.credentialMark(session.get().user()).equals(
                Optional.of(session.get().credentialMark()))) {
            sessions.close(id);
            return Optional.empty();
        }
        return session;
    }

    private AuthenticationStatus basic(String encoded, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return context.isProtected() ? challenge(response) : context.doNothing();
        }
        String user = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        CredentialValidationResult result = identities.validate(new UsernamePasswordCredential(user, password));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return context.notifyContainerAboutLogin(result);
        }
        if (result.getStatus() == CredentialValidationResult.Status.NOT_VALIDATED
                && realm.validates(context, user, password, request.getRemoteAddr())) {
            // no groups of ours: the realm's, which the server maps to roles
            return context.notifyContainerAboutLogin(user, Set.of());
        }
        return context.isProtected() ? challenge(response) : context.doNothing();
    }

    private static boolean carriesToken(HttpServletRequest request, ConsoleSession session) {
        String sent = request.getHeader(CSRF_HEADER);
        return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.US_ASCII),
                session.csrfToken().getBytes(StandardCharsets.US_ASCII));
    }

    private static Optional<String> sessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(c -> SessionCookie.CONSOLE.equals(c.getName())).map(Cookie::getValue).findFirst();
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static AuthenticationStatus challenge(HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        return refused(response, 401, "sign in as an operator (role " + AdminIdentityStore.ROLE + ")");
    }

    /** Answers {@code status} with a problem document; nothing behind the mechanism runs. */
    private static AuthenticationStatus refused(HttpServletResponse response, int status, String detail) {
        try {
            response.setStatus(status);
            response.setContentType(Problems.MEDIA_TYPE);
            // closed, so that the answer is complete: a server does not replace it with its own error page
            try (var out = response.getOutputStream()) {
                out.write(Problems.json(status, detail).getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException clientGone) {
            // the answer could not be written: the refusal stands all the same
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
