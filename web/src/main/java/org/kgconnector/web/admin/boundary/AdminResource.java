package org.kgconnector.web.admin.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import org.kgconnector.platform.session.ConsoleSessions.ConsoleSession;
import org.kgconnector.web.admin.control.AdminIdentityStore;
import org.kgconnector.web.admin.control.OperatorAuthentication;
import org.kgconnector.web.health.ConnectorStatus;

/**
 * {@code /koogallery/admin}: what happened, for the operator; errors are {@code application/problem+json}. Protected by
 * the {@code WEB-INF/web.xml} security constraint (role {@code koogallery-admin}: HTTP Basic over the users of
 * {@code koogallery.admin.users}, or the console's session; see {@link OperatorAuthentication}). The lists are in
 * the resources beside this one, each paged by key.
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@DeclareRoles(AdminIdentityStore.ROLE)
public class AdminResource {

    /** Who is signed in, and the CSRF token the console sends with every change (none under HTTP Basic). */
    public record SignedIn(String user, String csrfToken, Instant expiresAt) {
    }

    @Inject
    ConnectorStatus status;

    @Context
    HttpServletRequest request;

    @Context
    SecurityContext security;

    /** The answering node's status: schema, families, ledger backlog, database. */
    @GET
    @Path("status")
    public NodeStatus status() {
        return NodeStatus.of(status);
    }

    /** The operator signed in. */
    @GET
    @Path("session")
    public SignedIn session() {
        Object session = request.getAttribute(OperatorAuthentication.SESSION_ATTRIBUTE);
        return session instanceof ConsoleSession console
                ? new SignedIn(console.user(), console.csrfToken(), console.expiresAt())
                : new SignedIn(security.getUserPrincipal().getName(), null, null);
    }
}
