package org.kgconnector.systemtest.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.assertSigned;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.unique;
import static org.kgconnector.testsupport.Marketplace.body;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kgconnector.protocol.crypto.Hmac;
import org.kgconnector.systemtest.ConnectorServer;
import org.kgconnector.systemtest.ConsoleBrowser;
import org.kgconnector.testsupport.BasicAuth;
import org.kgconnector.testsupport.Eventually;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The operator's console in a real browser (headless Chromium): signing in through the form, an instance found from
 * its signed call to its timeline, a given-up job retried until done, a usage dead letter pushed again and taken by
 * the marketplace double; and what it refuses: no session, a wrong password, a change without the CSRF token, a
 * session after sign-out. The browser is moved on by paths alone, never by an address the node made of the request.
 */
abstract class ConsoleScenarios extends DoubleBackedScenarios {

    /**
     * A request as the console's script makes it (marked as the console's, so a 401 opens no browser dialog),
     * answering its status: {@code arguments[0]} the method, [1] the path, [2] a CSRF token or null.
     */
    static final String FETCH = "const done = arguments[arguments.length - 1];"
            + " const headers = {'X-KooGallery-Console': '1'};"
            + " if (arguments[2]) { headers['X-CSRF-Token'] = arguments[2]; }"
            + " fetch(arguments[1], {method: arguments[0], headers: headers, credentials: 'same-origin'})"
            + ".then(r => done(r.status), e => done(String(e)));";

    ConsoleBrowser signedIn() {
        ConsoleBrowser browser = ConsoleBrowser.at(server().baseUri())
                .signIn(ConnectorServer.ADMIN_USER, ConnectorServer.ADMIN_PASSWORD);
        browser.awaitText(By.id("user"), ConnectorServer.ADMIN_USER);
        return browser;
    }

    @Test
    void anOperatorSignsInAndFollowsAnInstanceFromItsSignedCallToItsTimeline() {
        String instanceId = payPerUseInstance();
        server().ledger();
        Eventually.until("the node's first heartbeat", Duration.ofSeconds(30),
                () -> db.count("SELECT COUNT(*) FROM node_heartbeat") > 0);
        try (ConsoleBrowser browser = signedIn()) {
            browser.await(By.id("callbacks-card"));
            browser.awaitText(By.id("nodes"), "alive");
            browser.screenshot("overview");

            browser.open("#/instances");
            browser.type(By.id("q"), instanceId + Keys.ENTER);
            browser.await(By.cssSelector("#instances tr[data-id='" + instanceId + "']")).click();
            browser.awaitText(By.id("instance-id"), instanceId);
            browser.awaitText(By.id("instance-callbacks"), "newInstance");
            browser.awaitText(By.id("instance-jobs"), "DONE");
            String callbacks = browser.await(By.id("instance-callbacks")).getText();
            assertTrue(callbacks.contains("VERIFIED") && callbacks.contains("000000"), callbacks);
            browser.screenshot("instance");

            long callbackId = Long.parseLong(db.text("SELECT CAST(id AS VARCHAR(20)) FROM inbound_callback"
                    + " WHERE instance_id = ? AND activity = 'newInstance'", instanceId));
            browser.await(By.cssSelector("#instance-callbacks tr[data-id='" + callbackId + "']")).click();
            browser.awaitText(By.id("answer-body"), "000000");
            assertEquals(db.text("SELECT answer_body FROM inbound_callback WHERE id = ?", callbackId),
                    browser.await(By.id("answer-body")).getText(), "the exact answer the marketplace got");
            browser.screenshot("callback");
        }
    }

    @Test
    void aGivenUpJobIsRetriedFromTheConsoleAndGetsDone() {
        String order = unique("NOSUCH");
        long jobId = givenUpOrderFetch(order);
        mkt.order(order, order + "-000001", "PERIOD", 5, Instant.parse("2027-11-21T15:59:59Z"));
        try (ConsoleBrowser browser = signedIn()) {
            browser.open("#/work");
            browser.await(By.cssSelector("[data-job='outbound-jobs/" + jobId + "'] [data-action='retry']"));
            browser.screenshot("work");
            browser.await(By.cssSelector("[data-job='outbound-jobs/" + jobId + "'] [data-action='retry']")).click();
            Eventually.until("the retried order fetch done", Duration.ofSeconds(30), () -> db.count(
                    "SELECT COUNT(*) FROM outbound_job WHERE id = ? AND state = 'DONE'", jobId) == 1);
            assertEquals(1, db.count("SELECT COUNT(*) FROM marketplace_order WHERE order_id = ?", order));
            browser.open("#/work?state=DONE");
            browser.awaitText(By.id("outbound-jobs"), order);
        }
    }

    @Test
    void aDeadLetterIsPushedAgainFromTheConsoleAndTakenByTheMarketplace() {
        String instanceId = payPerUseInstance();
        mkt.refuseUsage("MKT.9002");
        report(event(unique("ev-"), instanceId, "3", hoursAgo(2)));
        Eventually.until("a dead letter", TIMERS, () -> db.count("SELECT COUNT(*) FROM usage_record"
                + " WHERE instance_id = ? AND state = 'FAILED'", instanceId) == 1);
        mkt.refuseUsage(null);
        String id = db.text("SELECT CAST(id AS VARCHAR(20)) FROM usage_record WHERE instance_id = ?", instanceId);
        try (ConsoleBrowser browser = signedIn()) {
            browser.open("#/instances/" + instanceId);
            browser.await(By.cssSelector("[data-record='" + id + "'] [data-action='repush']")).click();
            awaitPushed(instanceId, 1);
        }
        String sn = db.text("SELECT metering_sn FROM usage_record WHERE instance_id = ?", instanceId);
        assertEquals(1, mkt.usageBySn().get(sn).size(), "the marketplace took the record once");
    }

    @Test
    void noSessionAWrongPasswordAChangeWithoutTheTokenAndAnEndedSessionAreRefused() {
        long jobId = givenUpOrderFetch(unique("NOSUCH"));
        try (ConsoleBrowser browser = ConsoleBrowser.at(server().baseUri())) {
            browser.open("#/work");
            browser.await(By.id("sign-in"));
            assertTrue(browser.url().replaceAll("#.*", "").endsWith("/koogallery/console/sign-in.html"), browser.url());

            browser.signIn(ConnectorServer.ADMIN_USER, "not-the-password");
            browser.awaitText(By.id("message"), "not accepted");
            assertTrue(browser.url().endsWith("sign-in.html?failed"), browser.url());
        }
        try (ConsoleBrowser browser = signedIn()) {
            String retry = "../admin/outbound-jobs/" + jobId + "/retry";
            assertEquals(403L, browser.script(FETCH, "POST", retry, null), "a change without the CSRF token");
            assertEquals(403L, browser.script(FETCH, "POST", retry, "forged-token"), "a change with a wrong token");
            assertEquals(1, db.count("SELECT COUNT(*) FROM outbound_job WHERE id = ? AND state = 'FAILED'", jobId),
                    "nothing changed");

            String first = Hmac.digestHex(browser.cookie("KOOGALLERY_CONSOLE").getBytes(StandardCharsets.US_ASCII));
            browser.signIn(ConnectorServer.ADMIN_USER, ConnectorServer.ADMIN_PASSWORD);
            browser.awaitText(By.id("user"), ConnectorServer.ADMIN_USER);
            String session = Hmac.digestHex(browser.cookie("KOOGALLERY_CONSOLE").getBytes(StandardCharsets.US_ASCII));
            assertEquals(0, db.count("SELECT COUNT(*) FROM browser_session WHERE id_sha256 = ?", first),
                    "signing in again, with a session still held, ends that one");
            assertEquals(1, db.count("SELECT COUNT(*) FROM browser_session WHERE id_sha256 = ? AND purpose = 'CONSOLE'",
                    session), "the session is a row of the database");
            browser.await(By.id("sign-out")).click();
            browser.awaitText(By.id("message"), "signed out");
            assertEquals(401L, browser.script(FETCH, "GET", "../admin/session", null), "the session ended");
            browser.open("#/work");
            browser.await(By.id("sign-in"));
            assertEquals(0, db.count("SELECT COUNT(*) FROM browser_session WHERE id_sha256 = ?", session),
                    "signing out ended the session on every node");
        }
    }

    @Test
    void theConsoleMovesTheBrowserOnByPathsOnlySoThatABalancerEndingTlsKeepsItsAddress() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI console = server().baseUri().resolve("koogallery/console/");
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(console).build(), BodyHandlers.ofString());
        assertEquals(303, page.statusCode(), "no session: to the sign-in form");
        assertEquals("/koogallery/console/sign-in.html", page.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> noSlash = http.send(HttpRequest.newBuilder(server().baseUri().resolve("koogallery/console"))
                .header("Authorization", ConnectorServer.asOperator()).build(), BodyHandlers.ofString());
        assertEquals(303, noSlash.statusCode());
        assertEquals("/koogallery/console/", noSlash.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> refused = signIn(http, console, ConnectorServer.ADMIN_USER, "not-the-password");
        assertEquals(401, refused.statusCode());
        assertTrue(refused.body().contains("not accepted"), refused.body());
        assertTrue(refused.headers().firstValue("Set-Cookie").isEmpty(), "no session for a wrong password");

        HttpResponse<String> signedIn = signIn(http, console, ConnectorServer.ADMIN_USER, ConnectorServer.ADMIN_PASSWORD);
        assertEquals(204, signedIn.statusCode(), "the page goes on by itself, to a relative address: " + signedIn.body());
        assertTrue(signedIn.headers().firstValue("Location").isEmpty());
        assertTrue(signedIn.headers().firstValue("Set-Cookie").orElseThrow().startsWith("KOOGALLERY_CONSOLE="));
    }

    @Test
    void anOperatorOfTheServersRealmSignsInThroughTheFormAndItsSessionIsOfTheRealm() {
        try (ConsoleBrowser browser = ConsoleBrowser.at(server().baseUri())
                .signIn(ConnectorServer.REALM_OPERATOR, ConnectorServer.REALM_PASSWORD)) {
            browser.awaitText(By.id("user"), ConnectorServer.REALM_OPERATOR);
            String session = Hmac.digestHex(browser.cookie("KOOGALLERY_CONSOLE").getBytes(StandardCharsets.US_ASCII));
            assertEquals(1, db.count("SELECT COUNT(*) FROM browser_session WHERE id_sha256 = ? AND purpose = 'CONSOLE'",
                    session), "a console session like any other");
            assertEquals(200L, browser.script(FETCH, "GET", "../admin/session", null));
        }
    }

    private HttpResponse<String> signIn(HttpClient http, URI console, String user, String password) throws Exception {
        String origin = console.getScheme() + "://" + console.getRawAuthority();
        return http.send(HttpRequest.newBuilder(console.resolve("sign-in")).header("Origin", origin)
                .header("Authorization", BasicAuth.header(user, password)).POST(BodyPublishers.noBody()).build(),
                BodyHandlers.ofString());
    }

    /** An order fetch the marketplace refused (it does not know the order): given up, its id. */
    long givenUpOrderFetch(String order) {
        assertSigned(marketplace.call(OnlineLicenseScenarios.LICENSE, body("activity", "newInstance", "orderId", order,
                "orderLineId", order + "-000001", "businessId", unique("RA"))), "000000");
        Eventually.until("the unknown order given up", Duration.ofSeconds(20), () -> db.count(
                "SELECT COUNT(*) FROM outbound_job WHERE subject = ? AND state = 'FAILED'", order) == 1);
        return Long.parseLong(db.text("SELECT CAST(id AS VARCHAR(20)) FROM outbound_job WHERE subject = ?", order));
    }
}
