package org.kgconnector.systemtest.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.SAAS;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.unique;
import static org.kgconnector.testsupport.Marketplace.body;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kgconnector.systemtest.ConnectorServer;
import org.kgconnector.testsupport.BasicAuth;
import org.kgconnector.testsupport.Marketplace;

/**
 * The operator's admin API: HTTP Basic for {@code koogallery-admin}, V1 and V2 instances side by side, no secrets; its
 * OpenAPI document, open and the same on every server.
 */
abstract class AdminScenarios {

    private final HttpClient http = HttpClient.newHttpClient();
    Marketplace marketplace;

    abstract ConnectorServer server();

    @BeforeEach
    void connect() {
        marketplace = new Marketplace(server().baseUri());
    }

    HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server().baseUri().resolve("koogallery/admin/" + path));
        if (user != null) {
            request.header("Authorization", BasicAuth.header(user, password));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> asOperator(String path) throws Exception {
        return get(path, ConnectorServer.ADMIN_USER, ConnectorServer.ADMIN_PASSWORD);
    }

    @Test
    void repeatedFailedSignInsPauseThatUserFromThatAddress() throws Exception {
        assertEquals(200, get("instances", ConnectorServer.AUDITOR, ConnectorServer.AUDITOR_PASSWORD).statusCode());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, get("instances", ConnectorServer.AUDITOR, "guess-" + i).statusCode());
        }
        assertEquals(401, get("instances", ConnectorServer.AUDITOR, ConnectorServer.AUDITOR_PASSWORD).statusCode(),
                "paused: not even the right password is checked now");
        assertEquals(200, asOperator("instances").statusCode(), "another user from the same address is not paused");
    }

    @Test
    void onlyTheConfiguredOperatorGetsIn() throws Exception {
        assertEquals(401, get("instances", null, null).statusCode());
        assertEquals(401, get("instances", ConnectorServer.ADMIN_USER, "wrong").statusCode());
        assertEquals(401, get("callbacks", "somebody", ConnectorServer.ADMIN_PASSWORD).statusCode());
        assertEquals(200, asOperator("instances").statusCode());
    }

    @Test
    void anOperatorOfTheServersOwnRealmGetsInWhenItsEntryIsThere() throws Exception {
        HttpResponse<String> status = get("status", ConnectorServer.REALM_OPERATOR, ConnectorServer.REALM_PASSWORD);
        assertEquals(200, status.statusCode(), "the server's realm knows the user, its group is koogallery-admin");
        assertEquals(401, get("status", ConnectorServer.REALM_OPERATOR, "not-the-realm-password").statusCode());
        assertEquals(401, get("status", "nobody-anywhere", ConnectorServer.REALM_PASSWORD).statusCode());
        HttpResponse<String> session = get("session", ConnectorServer.REALM_OPERATOR, ConnectorServer.REALM_PASSWORD);
        assertTrue(session.body().contains("\"" + ConnectorServer.REALM_OPERATOR + "\""), session.body());
    }

    @Test
    void showsV1AndV2InstancesWithJobsAndCallbacksButNoSecret() throws Exception {
        String v2 = unique("ADM2");
        String v1 = unique("ADM1");
        String password = marketplace.call(SAAS, body("activity", "newInstance", "orderId", v2, "orderLineId", "L",
                "businessId", v2)).resultCode().equals("000000")
                ? marketplace.call(SAAS, body("activity", "queryInstance", "instanceId", v2)).json().getJsonArray("info")
                        .getJsonObject(0).getJsonObject("appInfo").getString("password") : null;
        assertEquals("000000", marketplace.callV1(SAAS, Map.of("activity", "newInstance", "businessId", v1,
                "customerId", "c", "orderId", v1, "productId", "P"), Marketplace.LEGACY_KEY).resultCode());

        HttpResponse<String> list = asOperator("instances?limit=20");
        JsonArray instances = Json.createReader(new StringReader(list.body())).readArray();
        assertTrue(instances.stream().anyMatch(i -> i.asJsonObject().getString("instanceId").equals(v2)
                && i.asJsonObject().getString("protocolVersion").equals("V2")), list.body());
        assertTrue(instances.stream().anyMatch(i -> i.asJsonObject().getString("instanceId").equals(v1)
                && i.asJsonObject().getString("protocolVersion").equals("V1")), list.body());

        server().ledger();
        HttpResponse<String> detail = asOperator("instances/" + v2);
        JsonObject json = Json.createReader(new StringReader(detail.body())).readObject();
        assertEquals("DONE", json.getJsonObject("instance").getString("provisioning"));
        assertEquals("CREATE", json.getJsonArray("jobs").getJsonObject(0).getString("action"));
        assertTrue(json.getJsonArray("callbacks").size() >= 2);
        assertFalse(detail.body().contains(password), "the admin API never shows the app password");
        assertFalse(asOperator("callbacks?limit=500").body().contains(password));
        assertEquals(404, asOperator("instances/" + unique("none")).statusCode());
        assertEquals(200, asOperator("jobs?state=FAILED").statusCode());
        assertEquals(400, asOperator("jobs?state=BROKEN").statusCode());
    }

    @Test
    void errorsAreProblemDocuments() throws Exception {
        HttpResponse<String> invalid = asOperator("jobs?state=BROKEN");
        assertEquals(400, invalid.statusCode());
        assertEquals("application/problem+json", invalid.headers().firstValue("Content-Type").orElseThrow());
        JsonObject problem = Json.createReader(new StringReader(invalid.body())).readObject();
        assertEquals(400, problem.getInt("status"));
        assertEquals("state must be PENDING, DONE or FAILED", problem.getString("detail"), invalid.body());
        assertEquals("state must be PENDING, DONE or FAILED", problem.getJsonArray("violations").getString(0));

        String missing = unique("none");
        HttpResponse<String> notFound = asOperator("instances/" + missing);
        assertEquals("application/problem+json", notFound.headers().firstValue("Content-Type").orElseThrow());
        JsonObject absent = Json.createReader(new StringReader(notFound.body())).readObject();
        assertEquals("Not Found", absent.getString("title"));
        assertEquals("no instance " + missing, absent.getString("detail"));
    }

    @Test
    void listsPageByKeyWithALinkToTheNextPage() throws Exception {
        for (int i = 0; i < 3; i++) {
            String id = unique("PAGE");
            assertEquals("000000", marketplace.call(SAAS, body("activity", "newInstance", "orderId", id, "orderLineId",
                    "L", "businessId", id)).resultCode());
        }
        HttpResponse<String> first = asOperator("instances?limit=2");
        JsonArray firstPage = Json.createReader(new StringReader(first.body())).readArray();
        assertEquals(2, firstPage.size());
        String next = first.headers().firstValue("Link").orElseThrow(() -> new AssertionError("no Link header"));
        assertTrue(next.endsWith("; rel=\"next\""), next);
        URI nextPage = URI.create(next.substring(next.indexOf('<') + 1, next.indexOf('>')));
        HttpResponse<String> second = get(nextPage.getRawPath().substring("/koogallery/admin/".length()) + "?"
                + nextPage.getRawQuery(), ConnectorServer.ADMIN_USER, ConnectorServer.ADMIN_PASSWORD);
        JsonArray secondPage = Json.createReader(new StringReader(second.body())).readArray();
        assertEquals(2, secondPage.size());
        assertTrue(firstPage.getJsonObject(1).getString("createdAt")
                .compareTo(secondPage.getJsonObject(0).getString("createdAt")) >= 0, "older rows on the next page");
        assertFalse(firstPage.stream().anyMatch(secondPage::contains), "no row twice");

        server().ledger();
        JsonArray callbacks = Json.createReader(new StringReader(asOperator("callbacks?limit=3").body())).readArray();
        long newest = callbacks.getJsonObject(0).getJsonNumber("id").longValue();
        JsonArray older = Json.createReader(new StringReader(asOperator("callbacks?limit=3&after=" + newest).body()))
                .readArray();
        assertEquals(callbacks.getJsonObject(1), older.getJsonObject(0), "after names the row the page starts below");
    }

    @Test
    void theLedgerIsFoundByTheReferenceOfACallAndFilteredByFamilyAndVerification() throws Exception {
        String id = unique("REF");
        org.kgconnector.testsupport.Answer signed = marketplace.call(SAAS, body("activity", "newInstance", "orderId", id,
                "orderLineId", "L", "businessId", id));
        org.kgconnector.testsupport.Answer refused = marketplace.call(SAAS, body("activity", "newInstance", "orderId",
                id, "orderLineId", "L", "businessId", id), "not-the-key", java.time.Instant.now(), unique("n"));
        assertEquals("000001", refused.resultCode());
        server().ledger();

        JsonArray bySigned = Json.createReader(new StringReader(asOperator("callbacks?ref=" + signed.callbackRef())
                .body())).readArray();
        assertEquals(1, bySigned.size());
        assertEquals(signed.callbackRef(), bySigned.getJsonObject(0).getString("ref"));
        assertEquals(id, bySigned.getJsonObject(0).getString("instanceId"));
        assertEquals("VERIFIED", bySigned.getJsonObject(0).getString("verification"));

        JsonArray mismatches = Json.createReader(new StringReader(asOperator(
                "callbacks?family=saas&verification=SIGNATURE_MISMATCH&resultCode=000001&limit=500").body())).readArray();
        assertTrue(mismatches.stream().anyMatch(c -> c.asJsonObject().getString("ref").equals(refused.callbackRef())),
                "the forged call is among the signature mismatches");
        assertTrue(mismatches.stream().allMatch(c -> c.asJsonObject().getString("verification").equals(
                "SIGNATURE_MISMATCH") && c.asJsonObject().getString("address").equals("/saas")));
        assertEquals(0, Json.createReader(new StringReader(asOperator("callbacks?family=kit&ref=" + signed.callbackRef())
                .body())).readArray().size(), "a SaaS call is no Kit call");

        java.time.Instant at = java.time.Instant.parse(Json.createReader(new StringReader(asOperator("callbacks?ref="
                + refused.callbackRef()).body())).readArray().getJsonObject(0).getString("receivedAt"));
        String mismatchesOf = "callbacks?family=saas&verification=SIGNATURE_MISMATCH&limit=500&from=";
        JsonArray during = Json.createReader(new StringReader(asOperator(mismatchesOf + at + "&to=" + at.plusSeconds(1))
                .body())).readArray();
        assertTrue(during.stream().anyMatch(c -> c.asJsonObject().getString("ref").equals(refused.callbackRef())),
                "a time range beside shared values finds the call: " + during);
        assertTrue(during.stream().allMatch(c -> !java.time.Instant.parse(c.asJsonObject().getString("receivedAt"))
                .isBefore(at) && c.asJsonObject().getString("verification").equals("SIGNATURE_MISMATCH")));
        JsonArray before = Json.createReader(new StringReader(asOperator(mismatchesOf + at.minusSeconds(3600) + "&to="
                + at).body())).readArray();
        assertTrue(before.stream().noneMatch(c -> c.asJsonObject().getString("ref").equals(refused.callbackRef())),
                "a range that ends before the call does not show it");
    }

    @Test
    void badParametersAreRefusedWithWhatTheyAccept() throws Exception {
        assertProblem(asOperator("callbacks?family=nope"), 400, "family must be one of saas, kit, license, license-code, sso");
        assertProblem(asOperator("callbacks?verification=MAYBE"), 400, "verification must be one of VERIFIED,");
        assertProblem(asOperator("callbacks?from=yesterday"), 400, "from must be an ISO-8601 instant");
        assertProblem(asOperator("callbacks?after=x1"), 400, "after must be the key of a page (a row id)");
        assertProblem(asOperator("instances?after=yesterday"), 400, "after must be the key of a page (time~name)");
        assertProblem(asOperator("outbound-jobs?kind=NOTHING"), 400, "kind must be one of FETCH_ORDER");
        assertProblem(asOperator("outbound-calls?outcome=MAYBE"), 400, "outcome must be SUCCESS, REJECTED or UNAVAILABLE");
        assertProblem(post("jobs/999999999/retry"), 404, "no provisioning job 999999999");
        assertProblem(post("outbound-jobs/999999999/give-up"), 404, "no outbound job 999999999");
        assertProblem(get("overview", null, null), 401, "sign in as an operator");
    }

    @Test
    void aChangeAnotherSiteStartsIsRefusedEvenWithTheOperatorsCredentials() throws Exception {
        String path = "koogallery/admin/usage-records/999999999/repush";
        HttpResponse<String> crossSite = post(path, "Sec-Fetch-Site", "cross-site");
        assertProblem(crossSite, 403, "a change must come from the console's own pages");
        assertProblem(post(path, "Origin", "https://attacker.example"), 403, "a change must come from the console's own pages");
        assertProblem(post(path, "Origin", server().baseUri().toString().replaceAll("/$", "")), 404,
                "no dead-letter usage record 999999999");
        assertProblem(post(path), 404, "no dead-letter usage record 999999999");
    }

    private HttpResponse<String> post(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server().baseUri().resolve(
                path.startsWith("koogallery/") ? path : "koogallery/admin/" + path))
                .header("Authorization", ConnectorServer.asOperator()).POST(HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String detailStart) {
        assertEquals(status, answer.statusCode(), answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElseThrow());
        String detail = Json.createReader(new StringReader(answer.body())).readObject().getString("detail");
        assertTrue(detail.startsWith(detailStart), detail);
    }

    @Test
    void theOpenApiDocumentIsServedOpenlyAsTheWebModuleHoldsIt() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(server().baseUri().resolve("koogallery/openapi.json"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), "no credentials needed");
        assertTrue(answer.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"),
                answer.headers().toString());
        JsonObject document = Json.createReader(new StringReader(answer.body())).readObject();
        assertEquals("3.0.3", document.getString("openapi"));
        assertTrue(document.getJsonObject("paths").containsKey("/koogallery/admin/instances"), answer.body());
        assertTrue(document.getJsonObject("paths").containsKey("/koogallery/api/usage"), answer.body());
        Path source = Path.of("..", "web", "src", "main", "resources", "openapi", "openapi.json");
        assertEquals(Json.createReader(new StringReader(Files.readString(source))).readObject(), document,
                "served unchanged from the web module");
    }
}
