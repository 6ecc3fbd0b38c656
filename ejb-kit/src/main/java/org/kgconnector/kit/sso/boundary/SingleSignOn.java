package org.kgconnector.kit.sso.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kgconnector.kit.sso.control.IdentityProviderClient;
import org.kgconnector.kit.sso.control.KitDirectory;
import org.kgconnector.kit.sso.control.SsoApplications;
import org.kgconnector.kit.sso.control.SsoSessions;
import org.kgconnector.persistence.kit.KitAuthorisation;

/**
 * Logs joint-operation users in (docs/protocol/kit.md §5): the tenant's {@code domainName} and
 * OAuth client come from the syncs, never from configuration; a user is admitted only with a live authSync grant
 * (authorised, not revoked, enabled). The application of a login is the one its address names
 * ({@code /sso/callback/{appId}}), else the tenant's only credential, else the configured default
 * ({@link SsoApplications}), so one connector serves several joint-operation products.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SingleSignOn {

    @Inject
    KitDirectory directory;

    @Inject
    IdentityProviderClient idp;

    @Inject
    SsoApplications applications;

    @Inject
    SsoSessions sessions;

    /** The OAuth 2.0 authorization-code login: code for tokens, tokens for the user. */
    public SsoIdentity loginWithCode(String tenantId, String namedAppId, String code, String redirectUri) {
        String appId = appOf(tenantId, namedAppId).orElseThrow(SingleSignOn::unnamedApplication);
        KitDirectory.Client client = client(tenantId, appId);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("client_id", client.clientId());
        form.put("client_secret", client.clientSecret());
        form.put("code", code);
        form.put("grant_type", "authorization_code");
        if (redirectUri != null) {
            form.put("redirect_uri", redirectUri);
        }
        JsonObject token = idp.token(client.domainName(), form);
        String access = token.getString("access_token", null);
        if (access == null) {
            throw new SsoRefused("the identity provider issued no access token", false);
        }
        JsonObject user = idp.userInfo(client.domainName(), access);
        return admit(tenantId, appId, user, user.getString("userName", user.getString("loginName", null)), access,
                token.getString("refresh_token", null));
    }

    /** The CAS 3.0 login: the service ticket validated at the tenant's identity provider. */
    public SsoIdentity loginWithTicket(String tenantId, String namedAppId, String service, String ticket) {
        String domain = directory.domainName(tenantId).orElseThrow(() -> unknownTenant());
        JsonObject answer = idp.serviceValidate(domain, service, ticket);
        JsonObject response = answer.getJsonObject("serviceResponse");
        if (response == null || !response.containsKey("authenticationSuccess")) {
            throw new SsoRefused("the CAS ticket was not accepted", true);
        }
        JsonObject success = response.getJsonObject("authenticationSuccess");
        JsonObject attributes = success.containsKey("attributes") ? success.getJsonObject("attributes")
                : JsonValue.EMPTY_JSON_OBJECT;
        return admit(tenantId, appOf(tenantId, namedAppId).orElseThrow(SingleSignOn::unnamedApplication), attributes,
                success.getString("user", attributes.getString("userName", null)), null, null);
    }

    /** Where the user of the app is handed after the login. */
    public Optional<String> handOffUrl(SsoIdentity identity) {
        return applications.handOffUrl(identity.appId());
    }

    /** What keeps the login from working, for health and the start-up log (empty when nothing does). */
    public List<String> settingProblems() {
        return applications.problems();
    }

    /** The app id {@code /sso/login} sends to the unified login page. */
    public Optional<String> defaultAppId() {
        return applications.defaultAppId();
    }

    private Optional<String> appOf(String tenantId, String namedAppId) {
        if (namedAppId != null && !namedAppId.isBlank()) {
            return Optional.of(namedAppId);
        }
        List<String> held = directory.appIds(tenantId);
        return held.size() == 1 ? Optional.of(held.get(0)) : applications.defaultAppId();
    }

    /** A login session for the admitted user, kept where every node finds it; its id, for the browser's cookie. */
    public String openSession(SsoIdentity identity) {
        return sessions.open(identity);
    }

    /**
     * Renews the session's access token with its refresh token and keeps the renewed tokens in the session. Empty
     * when there is no live session, or when it ended (a logout) while the identity provider answered. The
     * identity provider's refusal ends the session; its failure (unreachable, 5xx) leaves it for another try.
     */
    public Optional<SsoIdentity> renewSession(String sessionId) {
        Optional<SsoIdentity> current = sessions.find(sessionId);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        try {
            SsoIdentity renewed = renew(current.get());
            return sessions.renew(sessionId, renewed) ? Optional.of(renewed) : Optional.empty();
        } catch (SsoRefused refused) {
            if (refused.userError()) {
                sessions.close(sessionId);
            }
            throw refused;
        }
    }

    /** Ends the login session; its user, when it was live. */
    public Optional<SsoIdentity> closeSession(String sessionId) {
        return sessions.close(sessionId);
    }

    /** Renews the access token with the refresh token. */
    SsoIdentity renew(SsoIdentity current) {
        if (current.refreshToken() == null) {
            throw new SsoRefused("the session has no refresh token", true);
        }
        KitDirectory.Client client = client(current.tenantId(), current.appId());
        JsonObject token = idp.token(client.domainName(), Map.of("client_id", client.clientId(),
                "client_secret", client.clientSecret(), "grant_type", "refresh_token",
                "refresh_token", current.refreshToken()));
        return new SsoIdentity(current.tenantId(), current.appId(), current.userName(), current.name(), current.role(),
                current.organizationCode(), current.email(), current.test(), token.getString("access_token"),
                token.getString("refresh_token", current.refreshToken()));
    }

    /** Where the browser goes to end the identity provider's session too. */
    public Optional<String> logoutUrl(String tenantId, String redirectUrl) {
        try {
            return directory.domainName(tenantId).map(domain -> idp.browserUrl(domain, "/api/v1/logout"
                    + (redirectUrl == null ? "" : "?redirect_url=" + URLEncoder.encode(redirectUrl, StandardCharsets.UTF_8))));
        } catch (SsoRefused notAllowed) {
            return Optional.empty();
        }
    }

    private KitDirectory.Client client(String tenantId, String appId) {
        if (directory.domainName(tenantId).isEmpty()) {
            throw unknownTenant();
        }
        if (appId == null) {
            throw new SsoRefused("the session does not name its application", true);
        }
        return directory.client(tenantId, appId)
                .orElseThrow(() -> new SsoRefused("the tenant has no credential for application " + appId, true));
    }

    private SsoIdentity admit(String tenantId, String appId, JsonObject user, String userName, String access,
                              String refresh) {
        if (userName == null || userName.isBlank()) {
            throw new SsoRefused("the identity provider named no user", false);
        }
        List<KitAuthorisation> grants = directory.liveGrants(tenantId, appId, userName);
        if (grants.isEmpty()) {
            throw new SsoRefused("the user is not authorised to use this application", true);
        }
        String role = grants.stream().anyMatch(g -> "admin".equals(g.getRole())) ? "admin" : grants.get(0).getRole();
        return new SsoIdentity(tenantId, appId, userName, user.getString("name", userName), role,
                user.getString("organizationCode", null), user.getString("email", null),
                directory.isTestUser(tenantId, userName), access, refresh);
    }

    private static SsoRefused unnamedApplication() {
        return new SsoRefused("the login does not say which application it is for: register"
                + " /koogallery/sso/callback/{appId} (or /koogallery/sso/cas/{appId}) as each application's login"
                + " address, or set koogallery.sso.app-id", true);
    }

    private static SsoRefused unknownTenant() {
        return new SsoRefused("the tenant is not known to this application", true);
    }
}
