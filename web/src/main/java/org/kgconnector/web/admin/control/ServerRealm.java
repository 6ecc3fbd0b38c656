package org.kgconnector.web.admin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.PasswordValidationCallback;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import java.io.IOException;
import java.util.logging.Logger;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.protocol.log.ConnectorLog;

/**
 * The server's own realm as a source of operators, when {@code koogallery.admin.users} holds the entry
 * {@value #ENTRY} (alone, or beside {@code name:hash} pairs, which are checked first): a user it does not list signs
 * in with the password the server's realm knows, checked by the server itself through Jakarta Authentication's
 * {@link PasswordValidationCallback} (Payara's file realm, WildFly's application realm, Open Liberty's user registry:
 * whatever the server is configured with). The realm's groups then make the roles, mapped by the server: its group
 * {@code koogallery-admin} is the operator. Sign-ins are throttled as the listed users' are.
 */
@ApplicationScoped
public class ServerRealm {

    /** The entry of {@code koogallery.admin.users} that lets the server's realm admit operators. */
    public static final String ENTRY = "server-realm";
    private static final Logger LOG = ConnectorLog.logger(ServerRealm.class);

    @Inject
    ConnectorSettings settings;

    @Inject
    SignInThrottle throttle;

    /** Whether the server's realm admits operators. */
    public boolean enabled() {
        return settings.adminUserEntries().contains(ENTRY);
    }

    /** Whether the server's realm knows {@code user} with {@code password}; false when the realm is not enabled. */
    public boolean validates(HttpMessageContext context, String user, String password, String address) {
        if (!enabled()) {
            return false;
        }
        if (!throttle.attempt(user, address)) {
            return false;
        }
        PasswordValidationCallback check = new PasswordValidationCallback(context.getClientSubject(), user,
                password.toCharArray());
        try {
            context.getHandler().handle(new Callback[] {check});
        } catch (IOException | UnsupportedCallbackException | RuntimeException failed) {
            LOG.warning(() -> "the server's realm could not check a sign-in (" + failed.getClass().getSimpleName()
                    + "): koogallery.admin.users names " + ENTRY + ", but this server does not answer Jakarta"
                    + " Authentication's password validation");
            return false;
        }
        if (check.getResult()) {
            throttle.succeeded(user, address);
        }
        return check.getResult();
    }
}
