package org.kgconnector.web.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.kgconnector.web.console.control.ConsoleFiles;
import org.kgconnector.web.console.control.ConsoleSignIn;
import org.kgconnector.web.console.control.ConsoleSlash;
import org.kgconnector.web.problem.Problems;
import org.kgconnector.web.session.SessionCookie;

/**
 * {@code /koogallery/console/}: the operator's console, plain HTML and JavaScript that read and act through the admin
 * API ({@code /koogallery/admin/…}) with the console's session. Signing in posts the form to {@code sign-in}, which
 * opens a session in the database and sets its cookie; {@code sign-out} ends it. Every page but the sign-in form
 * needs the role {@code koogallery-admin} ({@code WEB-INF/web.xml}).
 */
@Path("console")
@RequestScoped
public class ConsoleResource {

    @Inject
    ConsoleSignIn signIn;

    @Context
    HttpServletRequest request;

    /** The console's page (at {@code /console/}: {@link ConsoleSlash} adds the slash, so that its relative links work). */
    @GET
    public Response index() {
        return file("index.html");
    }

    /** One of the console's files; nothing else is served from here. */
    @GET
    @Path("{file}")
    public Response file(@PathParam("file") String name) {
        ConsoleFiles.File file = ConsoleFiles.find(name).orElseThrow(() -> new NotFoundException("no console file " + name));
        return Response.ok(file.bytes(), file.mediaType()).build();
    }

    /**
     * The sign-in form's post (its script's {@code fetch}, the user and password as HTTP Basic credentials, checked by
     * the operator's authentication mechanism before this runs): 204 with the new session's cookie, after which the
     * page goes on to the console, or 401, after which it shows the form again, saying it failed. No redirect: the
     * page moves on by a relative address, right behind any balancer. A session the browser still held ends first:
     * a sign-in never keeps a session id it arrived with.
     */
    @POST
    @Path("sign-in")
    public Response signIn(@CookieParam(SessionCookie.CONSOLE) String earlierSession) {
        if (!signIn.sameOrigin(request)) {
            return Response.status(403).type(Problems.MEDIA_TYPE)
                    .entity(Problems.json(403, "sign in from the console's own page")).build();
        }
        if (earlierSession != null) {
            signIn.close(earlierSession);
        }
        return signIn.open(request)
                .map(id -> Response.noContent()
                        .cookie(SessionCookie.console(request.getContextPath()).of(id, signIn.secure(request))))
                .orElseGet(() -> Response.status(401).type(Problems.MEDIA_TYPE)
                        .entity(Problems.json(401, "the user or password was not accepted")))
                .header("Cache-Control", "no-store").build();
    }

    /** Ends the session (a change like any other: it carries the session's CSRF token) and forgets its cookie. */
    @POST
    @Path("sign-out")
    public Response signOut(@CookieParam(SessionCookie.CONSOLE) String sessionId) {
        signIn.close(sessionId);
        return Response.noContent().cookie(SessionCookie.console(request.getContextPath()).expired(signIn.secure(request)))
                .build();
    }
}
