package org.kgconnector.systemtest.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgconnector.testsupport.Marketplace.body;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kgconnector.systemtest.BrowserBehindTls;
import org.kgconnector.systemtest.ConnectorCluster;
import org.kgconnector.systemtest.ConnectorServer;
import org.kgconnector.systemtest.IdentityProviderDouble;
import org.kgconnector.systemtest.SsoTenant;
import org.kgconnector.testsupport.Answer;
import org.kgconnector.testsupport.Concurrently;
import org.kgconnector.testsupport.Database;
import org.kgconnector.testsupport.Eventually;
import org.kgconnector.testsupport.Marketplace;

/**
 * Two instances behind nginx, round robin without sticky sessions: duplicates spread over both give one instance, a
 * nonce used on one is refused by the other, and when one instance is killed, usage being pushed reaches the
 * marketplace exactly once per {@code metering_sn}, none lost, none with another value, while the callbacks sent
 * through the balancer meanwhile cost at most the marketplace's own retry of those the killed instance held. The
 * kill comes last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final String SAAS = "koogallery/saas";

    @RegisterExtension
    static final ConnectorCluster CLUSTER = new ConnectorCluster();

    final Marketplace nodeA = new Marketplace(CLUSTER.nodeA());
    final Marketplace nodeB = new Marketplace(CLUSTER.nodeB());
    final Database db = CLUSTER.database();

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    @Test
    @Order(1)
    void fortyDuplicatesThroughTheBalancerMakeOneInstance() throws Exception {
        String order = unique("CSC");
        String body = body("activity", "newInstance", "orderId", order, "orderLineId", order + "-000001",
                "businessId", unique("B"));
        Marketplace balanced = new Marketplace(CLUSTER.balancer());
        List<Answer> answers = Concurrently.call(40, i -> balanced.call(SAAS,
                body.replace("\"businessId\":\"", "\"businessId\":\"" + i + "-")));
        Set<String> ids = answers.stream().map(a -> a.json().getString("instanceId")).collect(Collectors.toSet());
        assertEquals(1, ids.size(), ids::toString);
        assertTrue(answers.stream().allMatch(a -> a.signedWith(Marketplace.KEY)));
        assertTrue(answers.stream().allMatch(a -> Set.of("000000", "000004").contains(a.resultCode())),
                answers.toString());
        assertEquals(1, db.count("SELECT COUNT(*) FROM saas_instance WHERE order_id = ?", order));
        assertEquals(1, db.count("SELECT COUNT(*) FROM provisioning_job WHERE instance_id = ? AND action = 'CREATE'",
                ids.iterator().next()));
        assertEquals(2, CLUSTER.ledger().count("SELECT COUNT(DISTINCT node) FROM inbound_callback WHERE request_body LIKE ?",
                "%" + order + "%"), "round robin: both nodes answered");
    }

    @Test
    @Order(2)
    void aNonceUsedOnOneNodeIsRefusedByTheOther() {
        String order = unique("CSN");
        String nonce = Marketplace.newNonce();
        Instant now = Instant.now();
        String body = body("activity", "orderNotify", "orderId", order, "orderLineId", order + "-000001");
        assertEquals("000000", nodeA.call(SAAS, body, Marketplace.KEY, now, nonce).resultCode());
        Answer replay = nodeB.call(SAAS, body, Marketplace.KEY, now, nonce);
        assertEquals("000001", replay.resultCode(), replay::toString);
        assertEquals(1, CLUSTER.ledger().count("SELECT COUNT(*) FROM inbound_callback WHERE verification = 'NONCE_REPLAYED'"
                + " AND request_body LIKE ?", "%" + order + "%"));
    }

    @Test
    @Order(3)
    void theLoginWorksThroughTheBalancerWithoutStickySessions() throws Exception {
        String tenant = unique("SSOC");
        try (IdentityProviderDouble idp = new IdentityProviderDouble("cid", "csecret")) {
            SsoTenant.sync(new Marketplace(CLUSTER.balancer()), idp.base(), tenant);
            BrowserBehindTls cookies = new BrowserBehindTls();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
            URI sso = CLUSTER.balancer().resolve("koogallery/sso/");
            HttpResponse<String> login = get(browser, sso.resolve("callback?code=good-alice&tenant=" + tenant));
            assertEquals(200, login.statusCode(), login.body());
            Set<String> answeredBy = new HashSet<>();
            answeredBy.add(login.headers().firstValue("X-Upstream").orElseThrow());
            for (int i = 0; i < 4; i++) {
                HttpResponse<String> renewed = get(browser, sso.resolve("refresh"));
                assertEquals(200, renewed.statusCode(), "renewal " + i + ": " + renewed.body());
                answeredBy.add(renewed.headers().firstValue("X-Upstream").orElseThrow());
            }
            assertEquals(2, answeredBy.size(), "both instances served the one login session: " + answeredBy);
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < 2; i++) {
                keys.add(get(browser, sso.resolve("jwks")).body());
            }
            assertEquals(1, keys.size(), "every instance signs hand-off tokens with the same key");
            String session = cookies.sessionId();
            assertEquals(303, get(browser, sso.resolve("logout")).statusCode());
            for (int i = 0; i < 2; i++) {
                assertEquals(401, BrowserBehindTls.refreshFromAnotherBrowser(sso.resolve("refresh"), session).statusCode(),
                        "the logout ended it on every instance");
            }
        }
    }

    private static HttpResponse<String> get(HttpClient browser, URI uri) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @Order(4)
    void usagePushedWhileANodeIsKilledArrivesOncePerMeteringSn() throws Exception {
        int instances = 20;
        int hours = 100;
        CLUSTER.marketplaceDouble().slowUsagePushes(Duration.ofMillis(300));
        BigDecimal expectedTotal = BigDecimal.ZERO;
        for (int n = 0; n < instances; n++) {
            String order = unique("CSU");
            String instanceId = unique("U");
            assertEquals("000000", (n % 2 == 0 ? nodeA : nodeB).call(SAAS, body("activity", "newInstance", "orderId",
                    order, "orderLineId", order + "-000001", "businessId", instanceId)).resultCode());
            StringJoiner events = new StringJoiner(",", "{\"events\":[", "]}");
            for (int h = 2; h < 2 + hours; h++) {
                Instant at = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(h, ChronoUnit.HOURS).plusSeconds(n);
                events.add("{\"id\":\"" + instanceId + "-" + h + "\",\"instanceId\":\"" + instanceId
                        + "\",\"quantity\":" + (h % 7 + 1) + ".5,\"time\":\"" + at + "\"}");
                expectedTotal = expectedTotal.add(new BigDecimal((h % 7 + 1) + ".5"));
            }
            Answer accepted = (n % 2 == 0 ? nodeB : nodeA).vendorApi("koogallery/api/usage", ConnectorServer.API_TOKEN,
                    events.toString());
            assertEquals(hours, accepted.json().getInt("accepted"), accepted::toString);
        }
        int records = instances * hours;
        Eventually.until("pushes under way", Duration.ofSeconds(60),
                () -> CLUSTER.marketplaceDouble().usageBySn().size() >= 300);
        CallbackStream stream = CallbackStream.start(new Marketplace(CLUSTER.balancer()), 4);
        Thread.sleep(2000);
        CLUSTER.kill("kg-a");
        Thread.sleep(5000);
        List<String> failed = stream.stop();
        System.out.println("callbacks through the balancer around the kill: " + stream.answered() + " answered, "
                + failed.size() + " left for the marketplace's retry");
        assertTrue(stream.answered() > 20, "callbacks kept flowing: " + stream.answered());
        assertTrue(failed.size() <= 4, "only the callbacks kg-a held when it died failed: " + failed);
        Marketplace balanced = new Marketplace(CLUSTER.balancer());
        for (String retried : failed) {
            String again = balanced.call(SAAS, retried).resultCode();
            assertTrue(Set.of("000000", "000004").contains(again), "the marketplace's retry is answered: " + again);
        }
        for (String order : stream.orders()) {
            assertEquals(1, db.count("SELECT COUNT(*) FROM saas_instance WHERE order_id = ?", order), order);
        }
        Eventually.until("every record pushed by the surviving node", Duration.ofSeconds(180), () -> db.count(
                "SELECT COUNT(*) FROM usage_record WHERE state = 'DONE'") == records);

        Map<String, List<String>> received = CLUSTER.marketplaceDouble().usageBySn();
        List<String> sns = db.column("SELECT metering_sn FROM usage_record");
        assertEquals(records, sns.size());
        assertEquals(Set.copyOf(sns), received.keySet(), "every record reached the marketplace, and nothing else");
        received.forEach((sn, values) -> assertEquals(1, Set.copyOf(values).size(), "one value for " + sn + ": " + values));
        BigDecimal pushedTotal = received.values().stream().map(v -> new BigDecimal(v.get(0).substring(
                v.get(0).lastIndexOf('|') + 1))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, expectedTotal.compareTo(pushedTotal), "no usage lost or counted twice");
        assertEquals(0, db.count("SELECT COUNT(*) FROM usage_event WHERE record_sn IS NULL"));
        assertEquals(2, db.count("SELECT COUNT(DISTINCT node) FROM outbound_call WHERE api = 'usage.push'"),
                "both nodes pushed before the kill");
    }
}
