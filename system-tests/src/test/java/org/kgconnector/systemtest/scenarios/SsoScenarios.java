package org.kgconnector.systemtest.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.assertSignedWith;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.unique;
import static org.kgconnector.testsupport.Marketplace.KIT_KEY;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kgconnector.protocol.crypto.Hmac;
import org.kgconnector.systemtest.BrowserBehindTls;
import org.kgconnector.systemtest.ConnectorServer;
import org.kgconnector.systemtest.IdentityProviderDouble;
import org.kgconnector.systemtest.KitKeys;
import org.kgconnector.systemtest.SsoTenant;
import org.kgconnector.testsupport.AdminStatus;
import org.kgconnector.testsupport.Answer;
import org.kgconnector.testsupport.Eventually;
import org.kgconnector.testsupport.Marketplace;

/** The joint-operation login against an identity-provider double: OAuth code, CAS, renewal, logout, refusals. */
abstract class SsoScenarios {

    Marketplace marketplace;
    IdentityProviderDouble idp;
    HttpClient browser;
    String tenant;

    abstract ConnectorServer server();

    @BeforeEach
    void syncTenant() throws Exception {
        marketplace = new Marketplace(server().baseUri());
        idp = new IdentityProviderDouble("cid", "csecret");
        browser = HttpClient.newBuilder().cookieHandler(new BrowserBehindTls()).build();
        tenant = unique("SSO");
        SsoTenant.sync(marketplace, idp.base(), tenant);
    }

    @AfterEach
    void stopIdp() {
        idp.close();
    }

    void sync(String name, String body) {
        assertSignedWith(KIT_KEY, marketplace.callKit("koogallery/saas/produceAPI/v2/" + name, body, KIT_KEY), "000000");
    }

    HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(server().baseUri().resolve("koogallery/sso/" + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonObject verifiedClaims(HttpResponse<String> handOff) throws Exception {
        return verifiedClaims(handOff, ConnectorServer.SSO_APP_URL);
    }

    /**
     * The hand-off page posts the token to the application (never in a URL): its form's action is the app's address,
     * the page is not cached, and the token verifies with the JWKS and names its audience.
     */
    JsonObject verifiedClaims(HttpResponse<String> handOff, String appUrl) throws Exception {
        assertEquals(200, handOff.statusCode(), handOff.body());
        assertTrue(handOff.body().contains("<form method=\"post\" action=\"" + appUrl + "\">"), handOff.body());
        // the connector's no-store, which a server may extend (Open Liberty adds no-cache=set-cookie)
        List<String> directives = Arrays.stream(handOff.headers().firstValue("Cache-Control").orElseThrow().split(","))
                .map(String::trim).toList();
        assertTrue(directives.contains("no-store"), directives.toString());
        assertTrue(handOff.headers().firstValue("Location").isEmpty());
        String marker = "name=\"token\" value=\"";
        int start = handOff.body().indexOf(marker) + marker.length();
        String[] jwt = handOff.body().substring(start, handOff.body().indexOf('"', start)).split("\\.");
        JsonObject key = Json.createReader(new StringReader(get("jwks").body())).readObject().getJsonArray("keys")
                .getJsonObject(0);
        PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, Base64.getUrlDecoder().decode(key.getString("n"))),
                new BigInteger(1, Base64.getUrlDecoder().decode(key.getString("e")))));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(publicKey);
        rs256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rs256.verify(Base64.getUrlDecoder().decode(jwt[2])), "the hand-off token verifies with the JWKS");
        JsonObject claims = Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(jwt[1]),
                StandardCharsets.UTF_8))).readObject();
        URI app = URI.create(appUrl);
        assertEquals(app.getScheme() + "://" + app.getRawAuthority(), claims.getString("aud"), "the audience is the app");
        return claims;
    }

    @Test
    void loginStartsAtTheUnifiedLoginPage() throws Exception {
        HttpResponse<String> start = get("login");
        assertEquals(303, start.statusCode());
        assertEquals("https://macroverse.huaweicloud.com/unified-login/#/portal-login?ind=UNOP&appId=kg-app",
                start.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void anAuthorisedUserIsHandedToTheAppAndTheSessionRenewsAndLogsOut() throws Exception {
        HttpResponse<String> callback = get("callback?code=good-alice&tenant=" + tenant);
        JsonObject claims = verifiedClaims(callback);
        assertEquals(tenant + "/alice", claims.getString("sub"), "qualified by the tenant");
        assertEquals("alice", claims.getString("userName"));
        assertEquals(tenant, claims.getString("tenant"));
        assertEquals("admin", claims.getJsonArray("groups").getString(0));
        assertEquals("koogallery-connector", claims.getString("iss"));
        assertTrue(claims.getJsonNumber("exp").longValue() > claims.getJsonNumber("iat").longValue());

        HttpResponse<String> renewed = get("refresh");
        assertEquals(200, renewed.statusCode(), renewed.body());
        assertTrue(renewed.body().contains("\"token\":"));

        String session = ((BrowserBehindTls) browser.cookieHandler().orElseThrow()).sessionId();
        HttpResponse<String> logout = get("logout");
        assertEquals(303, logout.statusCode());
        assertEquals(idp.base() + "/api/v1/logout?redirect_url=https%3A%2F%2Fapp.example.com%2Fwelcome",
                logout.headers().firstValue("Location").orElseThrow());
        assertEquals(401, get("refresh").statusCode(), "the browser forgot the session");
        assertEquals(401, withSession(session).statusCode(), "the session ended with the logout, for any browser");
        assertEquals(0, server().database().count("SELECT COUNT(*) FROM browser_session WHERE id_sha256 = ?",
                Hmac.digestHex(session.getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void eachLoginHasANewSessionWhoseCookieIsHttpOnlySecureAndSameSite() throws Exception {
        BrowserBehindTls cookies = new BrowserBehindTls();
        browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        HttpResponse<String> first = get("callback?code=good-alice&tenant=" + tenant);
        String setCookie = first.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("KOOGALLERY_SSO="))
                .findFirst().orElseThrow(() -> new AssertionError(first.headers().map().toString()));
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Lax") && setCookie.contains("Secure")
                && setCookie.contains("/koogallery/sso"), setCookie);
        String before = cookies.sessionId();
        verifiedClaims(get("callback?code=good-alice~again&tenant=" + tenant));
        String after = cookies.sessionId();
        assertFalse(before.equals(after), "a login never keeps the session id it arrived with");
        assertEquals(200, get("refresh").statusCode(), "the new session renews");
        assertEquals(401, withSession(before).statusCode(), "the session the browser arrived with was ended by the login");
        assertEquals(0, server().database().count("SELECT COUNT(*) FROM browser_session WHERE id_sha256 = ?",
                Hmac.digestHex(before.getBytes(StandardCharsets.US_ASCII))), "ended means gone");
        assertFalse(first.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID=")),
                "no HTTP session: any node serves the login session");
    }

    /** A refresh from another browser that holds the session id {@code value}. */
    HttpResponse<String> withSession(String value) throws Exception {
        return BrowserBehindTls.refreshFromAnotherBrowser(server().baseUri().resolve("koogallery/sso/refresh"), value);
    }

    @Test
    void aCasLoginNamesItsServiceFromThePublicAddressNeverFromTheHostHeader() throws Exception {
        HttpResponse<String> cas = browser.send(HttpRequest.newBuilder(server().baseUri().resolve(
                "koogallery/sso/cas?ticket=ST-alice&tenant=" + tenant)).build(), HttpResponse.BodyHandlers.ofString());
        verifiedClaims(cas);
        assertEquals(ConnectorServer.PUBLIC_URL + "/koogallery/sso/cas?tenant=" + tenant, idp.lastCasService(),
                "the service is the configured public address, not the address the request came to");
    }

    @Test
    void aFailedRenewalEndsTheSession() throws Exception {
        assertEquals(200, get("callback?code=good-expiring&tenant=" + tenant).statusCode());
        assertEquals(401, get("refresh").statusCode());
        HttpResponse<String> again = get("refresh");
        assertEquals(401, again.statusCode());
        assertTrue(again.body().contains("no session"), again.body());
    }

    @Test
    void aTenantsAddressThatPointsInsideOrOutsideTheRulesIsNeverCalled() throws Exception {
        AtomicInteger reached = new AtomicInteger();
        HttpServer inside = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        inside.createContext("/", exchange -> {
            reached.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        inside.start();
        try {
            int port = inside.getAddress().getPort();
            List<String> addresses = List.of("http://localhost:" + port, "https://localhost:" + port,
                    "https://[::1]:" + port, "https://[::ffff:127.0.0.1]:" + port, "https://0.0.0.0:" + port,
                    "http://127.0.0.1:" + port + "/x?", "http://127.0.0.1:" + port + "/#", "http://u@127.0.0.1:" + port,
                    "https://10.0.0.5:4848/x", "https://169.254.169.254", "ftp://127.0.0.1:" + port);
            for (String address : addresses) {
                String other = unique("SSRF");
                sync("tenantSync", "{\"domainName\":\"" + address + "\",\"flag\":1,\"instanceId\":\"i1\",\"name\":"
                        + "\"X\",\"orderId\":\"o1\",\"tenantCode\":\"x\",\"tenantId\":\"" + other + "\","
                        + "\"testFlag\":0,\"timeStamp\":\"20220413093539534\"}");
                HttpResponse<String> cas = get("cas?ticket=ST-alice&tenant=" + other);
                assertEquals(502, cas.statusCode(), address + ": " + cas.body());
                assertFalse(cas.body().contains("Exception"), cas.body());
            }
            idp.redirectEverythingTo("http://127.0.0.1:" + port + "/stolen");
            assertEquals(502, get("cas?ticket=ST-alice&tenant=" + tenant).statusCode(), "a redirect is not followed");
            assertEquals(0, reached.get(), "no address reached the listener inside");
        } finally {
            inside.stop(0);
        }
    }

    @Test
    void casTicketsAreValidatedAtTheTenantsProvider() throws Exception {
        HttpResponse<String> cas = get("cas?ticket=ST-alice&tenant=" + tenant);
        assertEquals(tenant + "/alice", verifiedClaims(cas).getString("upn"));
        assertEquals(403, get("cas?ticket=bogus&tenant=" + tenant).statusCode());
    }

    /** A tenant with a credential (and alice authorised) for the app. */
    void syncApp(String tenantId, String appId) {
        String ts = "\"testFlag\":0,\"timeStamp\":\"20220413093539534\"";
        if (!tenantId.equals(tenant)) {
            sync("tenantSync", "{\"domainName\":\"" + idp.base() + "\",\"flag\":1,\"instanceId\":\"i2\",\"name\":\"Beta\","
                    + "\"orderId\":\"o2\",\"tenantCode\":\"beta\",\"tenantId\":\"" + tenantId + "\"," + ts + "}");
        }
        sync("applicationSync", "{\"appId\":\"" + appId + "\",\"clientId\":\"cid\",\"clientSecret\":\""
                + KitKeys.encrypt("csecret") + "\",\"flag\":1,\"instanceId\":\"i2\",\"tenantId\":\"" + tenantId + "\"," + ts
                + "}");
        sync("authSync", "{\"appId\":\"" + appId + "\",\"currentSyncTime\":\"20220413093539534\",\"flag\":1,"
                + "\"instanceId\":\"i2\",\"tenantId\":\"" + tenantId + "\"," + ts + ",\"userList\":[{\"userName\":\"alice\","
                + "\"name\":\"Alice\",\"orgCode\":\"d1\",\"role\":\"user\",\"enable\":\"true\"}]}");
    }

    @Test
    void oneConnectorServesTheLoginOfSeveralProducts() throws Exception {
        String other = ConnectorServer.SSO_OTHER_APP_ID;
        HttpResponse<String> start = get("login/" + other);
        assertEquals(303, start.statusCode());
        assertTrue(start.headers().firstValue("Location").orElseThrow().endsWith("?ind=UNOP&appId=" + other));

        String beta = unique("SSOB");
        syncApp(beta, other);
        HttpResponse<String> onlyCredential = get("callback?code=good-alice&tenant=" + beta);
        verifiedClaims(onlyCredential, ConnectorServer.SSO_OTHER_APP_URL);
        HttpResponse<String> noCredential = get("callback/" + ConnectorServer.SSO_APP_ID + "?code=good-alice&tenant="
                + beta);
        assertEquals(403, noCredential.statusCode());
        assertTrue(noCredential.body().contains("no credential for application " + ConnectorServer.SSO_APP_ID),
                noCredential.body());

        browser = HttpClient.newBuilder().cookieHandler(new BrowserBehindTls()).build();
        HttpResponse<String> notAuthorisedThere = get("callback/" + other + "?code=good-alice&tenant=" + tenant);
        assertEquals(403, notAuthorisedThere.statusCode(), "alice of the first tenant has no credential for the other app");
        syncApp(tenant, other);
        HttpResponse<String> byAddress = get("callback/" + other + "?code=good-alice~2&tenant=" + tenant);
        JsonObject otherClaims = verifiedClaims(byAddress,
                ConnectorServer.SSO_OTHER_APP_URL);
        assertEquals("user", otherClaims.getString("role"), "the grant of the app logged in to");
        assertEquals(other, otherClaims.getString("app"), "the token names the application");
        HttpResponse<String> byDefault = get("callback?code=good-alice~3&tenant=" + tenant);
        assertEquals("admin", verifiedClaims(byDefault).getString("role"));
        assertEquals(400, get("callback/" + "x".repeat(65) + "?code=good-alice&tenant=" + tenant).statusCode());

        String status = AdminStatus.of(server().baseUri(), ConnectorServer.ADMIN_USER, ConnectorServer.ADMIN_PASSWORD)
                .orElseThrow().toString();
        assertTrue(status.contains("\"sso\":\"configured\""), status);
    }

    @Test
    void aLoginStepNamesItsReferenceInItsAnswerAndItsLogLine() throws Exception {
        assertEquals(200, get("callback?code=good-alice&tenant=" + tenant).statusCode());
        HttpResponse<String> reused = get("callback?code=good-alice&tenant=" + tenant);
        assertEquals(403, reused.statusCode());
        String ref = reused.headers().firstValue(Answer.CALLBACK_REF_HEADER).orElseThrow(
                () -> new AssertionError(reused.headers().map().toString()));
        assertTrue(ref.matches("[0-9a-hjkmnp-tv-z]{16}"), ref);
        String line = "[callback " + ref + "] a single sign-on of tenant " + tenant + " was refused";
        Eventually.until("the server log has \"" + line + "\"", Duration.ofSeconds(10),
                () -> server().serverLogText().contains(line));
    }

    @Test
    void refusalsAreClearPagesWithoutStackTraces() throws Exception {
        HttpResponse<String> reused;
        assertEquals(200, get("callback?code=good-alice&tenant=" + tenant).statusCode());
        reused = get("callback?code=good-alice&tenant=" + tenant);
        assertEquals(403, reused.statusCode());
        assertTrue(reused.body().contains("Login failed") && reused.body().contains("invalid_grant"), reused.body());
        HttpResponse<String> disabled = get("callback?code=good-bob&tenant=" + tenant);
        assertEquals(403, disabled.statusCode());
        assertTrue(disabled.body().contains("not authorised"), disabled.body());
        assertEquals(403, get("callback?code=good-carol&tenant=" + tenant).statusCode(), "never synced");
        assertEquals(403, get("callback?code=good-alice&tenant=" + unique("NOPE")).statusCode());
        assertEquals(List.of("000000 alice: admitted as admin", "000001 the token endpoint refused: invalid_grant",
                        "000001 the user is not authorised to use this application",
                        "000001 the user is not authorised to use this application"),
                server().ledger().column("SELECT result_code || ' ' || result_msg FROM inbound_callback"
                        + " WHERE activity = 'ssoCallback' AND request_query = ? ORDER BY id", "tenant=" + tenant),
                "every login step is in the ledger, without code or token");
        HttpResponse<String> missing = get("callback?tenant=" + tenant);
        assertEquals(400, missing.statusCode());
        assertTrue(!missing.body().contains("Exception"), missing.body());
    }
}
