package org.kgconnector.web.admin.control;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.kgconnector.web.callback.control.AddressPath;
import org.kgconnector.web.problem.Problems;

/**
 * The role checked a second time, by JAX-RS itself: under {@code /admin/} and {@code /console/} (but the sign-in
 * form, its script and style, and its post) nothing runs for a caller without {@code koogallery-admin}, whatever the
 * servlet container made of the path against the {@code web.xml} constraint.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class OperatorsOnly implements ContainerRequestFilter {

    static final Set<String> OPEN = Set.of("/console/sign-in.html", "/console/sign-in.js", "/console/console.css",
            "/console/sign-in");

    @Override
    public void filter(ContainerRequestContext request) {
        String path = AddressPath.of(request.getUriInfo());
        boolean guarded = path.equals("/admin") || path.startsWith("/admin/") || path.equals("/console")
                || path.startsWith("/console/");
        if (guarded && !OPEN.contains(path) && !request.getSecurityContext().isUserInRole(AdminIdentityStore.ROLE)) {
            request.abortWith(Problems.of(403, "only an operator (role " + AdminIdentityStore.ROLE + ") may use this"));
        }
    }
}
