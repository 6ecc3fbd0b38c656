package org.kgconnector.web.sso.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.kgconnector.kit.sso.boundary.SingleSignOn;
import org.kgconnector.kit.sso.boundary.SsoIdentity;
import org.kgconnector.kit.sso.boundary.SsoRefused;
import org.kgconnector.protocol.log.CallbackRef;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.web.callback.control.AddressPath;
import org.kgconnector.web.callback.control.LedgerWriter;
import org.kgconnector.web.log.CallbackRefFilter;
import org.kgconnector.web.sso.control.HandOffPage;
import org.kgconnector.web.sso.control.HandOffTokens;
import org.kgconnector.web.session.SessionCookie;

/**
 * The joint-operation login broker (docs/protocol/kit.md §5): {@code login} sends the browser to
 * the marketplace's unified login page; {@code callback} (OAuth code) and {@code cas} (CAS ticket) admit the user
 * and hand it to the application's address ({@code koogallery.sso.app-urls}, else {@code koogallery.sso.app-url})
 * with a short-lived signed token; each of the three also answers under {@code /{appId}}, the login address of
 * one application when the connector serves several. The login session is kept in the database, the browser holding
 * its id in a cookie ({@link SessionCookie}), so any node serves it. {@code refresh} renews the session's access
 * token (a failed renewal ends the session); {@code logout} ends both sessions; {@code jwks} publishes the key. Every refusal,
 * a missing setting included, is a plain error page, never a stack trace or a 5xx of the connector's own.
 */
@Path("sso")
@RequestScoped
public class SsoResource {

    private static final Logger LOG = ConnectorLog.logger(SsoResource.class);

    @Inject
    SingleSignOn sso;

    @Inject
    HandOffTokens tokens;

    @Inject
    LedgerWriter ledger;

    @Inject
    ConnectorSettings settings;

    @Context
    HttpServletRequest request;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("login")
    public Response login() {
        return sso.defaultAppId().map(this::loginTo).orElseGet(() -> error(403, "the single sign-on does not know"
                + " which application to log in to: the vendor must set koogallery.sso.app-id or link to"
                + " /koogallery/sso/login/{appId}."));
    }

    @GET
    @Path("login/{appId}")
    public Response loginTo(@PathParam("appId") String appId) {
        if (!validAppId(appId)) {
            return error(400, "the application id is not valid.");
        }
        return redirect(settings.ssoLoginPage() + "?ind=UNOP&appId=" + URLEncoder.encode(appId, StandardCharsets.UTF_8));
    }

    @GET
    @Path("callback")
    public Response callback(@QueryParam("code") String code, @QueryParam("tenant") String tenant) {
        return callbackOf(null, code, tenant);
    }

    @GET
    @Path("callback/{appId}")
    public Response callbackOf(@PathParam("appId") String appId, @QueryParam("code") String code,
                               @QueryParam("tenant") String tenant) {
        return login(appId, code, tenant, "code", "ssoCallback", () -> sso.loginWithCode(tenant, appId, code, null));
    }

    @GET
    @Path("cas")
    public Response cas(@QueryParam("ticket") String ticket, @QueryParam("tenant") String tenant) {
        return casOf(null, ticket, tenant);
    }

    @GET
    @Path("cas/{appId}")
    public Response casOf(@PathParam("appId") String appId, @QueryParam("ticket") String ticket,
                          @QueryParam("tenant") String tenant) {
        Optional<String> publicUrl = settings.publicUrl();
        if (publicUrl.isEmpty()) {
            return error(403, "the CAS login needs koogallery.public-url, the connector's public address, to name its"
                    + " service (it is never taken from the request).");
        }
        String service = publicUrl.get() + request.getContextPath() + AddressPath.of(uri) + "?tenant="
                + URLEncoder.encode(tenant == null ? "" : tenant, StandardCharsets.UTF_8);
        return login(appId, ticket, tenant, "ticket", "ssoCas", () -> sso.loginWithTicket(tenant, appId, service, ticket));
    }

    /** One login step: its parameters checked, the identity provider asked, the user handed on or refused. */
    private Response login(String appId, String proof, String tenant, String proofName, String step,
                           Supplier<SsoIdentity> admitted) {
        if (appId != null && !validAppId(appId)) {
            return error(400, "the application id is not valid.");
        }
        if (blank(proof) || blank(tenant)) {
            return error(400, "the login answer lacks its " + proofName + " or tenant.");
        }
        long start = System.nanoTime();
        // the step's ledger row, log lines and answer share one reference (cleared by CallbackRefFilter)
        String ref = CallbackRef.begin();
        Response answer;
        try {
            answer = handOff(admitted.get(), step, start);
        } catch (SsoRefused refused) {
            answer = refused(refused, step, tenant, start);
        }
        return Response.fromResponse(answer).header(CallbackRefFilter.HEADER, ref).build();
    }

    @GET
    @Path("refresh")
    @Produces(MediaType.APPLICATION_JSON)
    public Response refresh(@CookieParam(SessionCookie.SSO) String sessionId) {
        try {
            Optional<SsoIdentity> renewed = sso.renewSession(sessionId);
            if (renewed.isEmpty()) {
                return json(401, JsonText.provider().createObjectBuilder().add("error", "no session").build());
            }
            String audience = tokens.audienceFor(sso.handOffUrl(renewed.get()).orElse(HandOffTokens.ISSUER_URL));
            return json(200, JsonText.provider().createObjectBuilder().add("token", tokens.issue(renewed.get(), audience))
                    .add("expiresIn", tokens.lifetimeSeconds()).build());
        } catch (SsoRefused refused) {
            Response answer = json(refused.userError() ? 401 : 502, JsonText.provider().createObjectBuilder()
                    .add("error", refused.getMessage()).build());
            // refused: the session ended; the identity provider unreachable: the session stays for another try
            return refused.userError() ? Response.fromResponse(answer).cookie(forgetSession()).build() : answer;
        }
    }

    @GET
    @Path("logout")
    public Response logout(@CookieParam(SessionCookie.SSO) String sessionId) {
        Optional<SsoIdentity> current = sso.closeSession(sessionId);
        Optional<String> idpLogout = current.flatMap(who -> sso.logoutUrl(who.tenantId(), sso.handOffUrl(who).orElse(null)));
        Response next = idpLogout.map(this::redirect).orElseGet(this::login);
        return Response.fromResponse(next).cookie(forgetSession()).build();
    }

    @GET
    @Path("jwks")
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject jwks() {
        return tokens.jwks();
    }

    private Response handOff(SsoIdentity identity, String step, long start) {
        Optional<String> appUrl = sso.handOffUrl(identity);
        if (appUrl.isEmpty()) {
            String message = "the single sign-on has nowhere to hand the user: the vendor must set koogallery.sso.app-url"
                    + (identity.appId() == null ? "" : " or an entry for " + identity.appId() + " in koogallery.sso.app-urls")
                    + ".";
            LOG.warning(() -> "a single sign-on of tenant " + identity.tenantId() + " cannot be completed: " + message);
            ledger(step, identity.tenantId(), identity.userName(), "000005", message, start);
            return error(403, message);
        }
        ledger(step, identity.tenantId(), identity.userName(), "000000", "admitted as " + identity.role(), start);
        // a new session under a new random id, and the one the browser arrived with ended: an id planted before the
        // login is worth nothing after it
        arrivedWith().ifPresent(sso::closeSession);
        NewCookie session = SessionCookie.sso(request.getContextPath()).of(sso.openSession(identity), secure());
        return Response.fromResponse(HandOffPage.to(appUrl.get(), tokens.issue(identity,
                tokens.audienceFor(appUrl.get())))).cookie(session).build();
    }

    private Optional<String> arrivedWith() {
        return Optional.ofNullable(headers.getCookies().get(SessionCookie.SSO)).map(Cookie::getValue);
    }

    private NewCookie forgetSession() {
        return SessionCookie.sso(request.getContextPath()).expired(secure());
    }

    private boolean secure() {
        return SessionCookie.secure(request, settings);
    }

    private Response refused(SsoRefused refused, String step, String tenant, long start) {
        LOG.info(() -> "a single sign-on of tenant " + tenant + " was refused: " + refused.getMessage());
        ledger(step, tenant, null, refused.userError() ? "000001" : "000005", refused.getMessage(), start);
        return error(refused.userError() ? 403 : 502, refused.getMessage());
    }

    private void ledger(String step, String tenant, String user, String code, String message, long start) {
        try {
            ledger.recordLogin(AddressPath.of(uri), step, tenant, code,
                    user == null ? message : user + ": " + message, (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warning("the ledger row of a single sign-on could not be written: " + e.getClass().getSimpleName());
        }
    }

    private Response redirect(String location) {
        return Response.status(Response.Status.SEE_OTHER).header("Location", location).build();
    }

    private static Response json(int status, JsonObject body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(JsonText.toAsciiJson(body)).build();
    }

    private static Response error(int status, String message) {
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Login failed</title></head><body>"
                + "<h1>Login failed</h1><p>" + escape(message) + "</p></body></html>";
        return Response.status(status).type("text/html;charset=UTF-8").entity(html).build();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** An app id as the marketplace issues them: up to 64 letters, digits, {@code -} and {@code _}. */
    private static boolean validAppId(String appId) {
        return appId.matches("[A-Za-z0-9_-]{1,64}");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
