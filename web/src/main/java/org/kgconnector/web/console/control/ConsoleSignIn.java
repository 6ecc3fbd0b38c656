package org.kgconnector.web.console.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.logging.Logger;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.platform.session.ConsoleSessions;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.web.admin.control.AdminIdentityStore;
import org.kgconnector.web.admin.control.SameOrigin;
import org.kgconnector.web.session.SessionCookie;

/**
 * Signing in to the console: the sign-in form's post carries the user and password as HTTP Basic credentials, so
 * that the operator's authentication mechanism checks them exactly as for a script (the users of
 * {@code koogallery.admin.users}, or the server's own realm; with their throttle), and the server maps the role.
 * A caller in the role {@code koogallery-admin} gets a console session; and the form must have been posted by the
 * console's own page (the browser's {@code Origin} and {@code Sec-Fetch-Site}), so that no other site signs a
 * browser in.
 */
@ApplicationScoped
public class ConsoleSignIn {

    private static final Logger LOG = ConnectorLog.logger(ConsoleSignIn.class);

    @Inject
    ConsoleSessions sessions;

    @Inject
    AdminIdentityStore admins;

    @Inject
    ConnectorSettings settings;

    /** The id of a new session of the request's caller, or empty when the request admits no operator. */
    public Optional<String> open(HttpServletRequest request) {
        String caller = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        Optional<String> mark = caller == null ? Optional.empty() : admins.credentialMark(caller);
        if (mark.isEmpty() || !request.isUserInRole(AdminIdentityStore.ROLE)) {
            LOG.info(() -> "a console sign-in" + (caller == null ? "" : " of " + AdminIdentityStore.printable(caller))
                    + " was refused");
            return Optional.empty();
        }
        LOG.info(() -> AdminIdentityStore.printable(caller) + " signed in to the console");
        return Optional.of(sessions.open(caller, mark.get(), settings.consoleSessionLimits()));
    }

    public void close(String sessionId) {
        sessions.close(sessionId);
    }

    /** Whether the cookie must be {@code Secure}: the browser reaches the connector over https. */
    public boolean secure(HttpServletRequest request) {
        return SessionCookie.secure(request, settings);
    }

    /** Whether the post came from the console's own page ({@link SameOrigin}). */
    public boolean sameOrigin(HttpServletRequest request) {
        return SameOrigin.of(request, settings.publicUrl());
    }
}
