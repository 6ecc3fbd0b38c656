package org.kgconnector.web.console.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.logging.Logger;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.platform.session.ConsoleSessions;
import org.kgconnector.web.admin.control.AdminIdentityStore;
import org.kgconnector.web.session.SessionCookie;
import org.kgconnector.web.admin.control.SameOrigin;
import org.kgconnector.protocol.log.ConnectorLog;

/**
 * Signing in to the console: the form's user and password checked by the same identity store as HTTP Basic (with
 * its throttle), a console session opened for a {@code koogallery-admin}; and the check that the form was posted
 * by the console's own page (the browser's {@code Origin} and {@code Sec-Fetch-Site}), so that no other site signs a
 * browser in.
 */
@ApplicationScoped
public class ConsoleSignIn {

    private static final Logger LOG = ConnectorLog.logger(ConsoleSignIn.class);
    private static final int MAX_FIELD = 256;

    @Inject
    IdentityStoreHandler identities;

    @Inject
    ConsoleSessions sessions;

    @Inject
    AdminIdentityStore admins;

    @Inject
    ConnectorSettings settings;

    /** The id of a new session of the user, or empty when the user and password do not admit an operator. */
    public Optional<String> open(String user, String password) {
        if (user == null || password == null || user.isBlank() || user.length() > MAX_FIELD
                || password.length() > MAX_FIELD) {
            return Optional.empty();
        }
        CredentialValidationResult result = identities.validate(new UsernamePasswordCredential(user, password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID
                || !result.getCallerGroups().contains(AdminIdentityStore.ROLE)) {
            LOG.info(() -> "a console sign-in of " + printable(user) + " was refused");
            return Optional.empty();
        }
        String caller = result.getCallerPrincipal().getName();
        Optional<String> mark = admins.credentialMark(caller);
        if (mark.isEmpty()) {
            return Optional.empty();
        }
        LOG.info(() -> printable(caller) + " signed in to the console");
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

    /** A user name as the log may show it: no line breaks or other control characters, at most 64 characters. */
    static String printable(String user) {
        String clean = user.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }
}
