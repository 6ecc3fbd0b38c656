package org.kgconnector.systemtest.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.SAAS;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.assertSigned;
import static org.kgconnector.systemtest.scenarios.SaasV2Scenarios.unique;
import static org.kgconnector.testsupport.Marketplace.body;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kgconnector.systemtest.AlertReceiver;
import org.kgconnector.systemtest.ConnectorServer;
import org.kgconnector.testsupport.BasicAuth;
import org.kgconnector.testsupport.Eventually;
import org.kgconnector.testsupport.Marketplace;

/**
 * The node's metrics as a Prometheus scrapes them ({@code /koogallery/admin/metrics}, HTTP Basic as an operator)
 * and the alert hook: signed callbacks and forged ones counted exactly; work given up, a burst of verification
 * failures and a marketplace that stays down each delivered as one signed alert per cause and period to the
 * vendor's hook (the test's {@link AlertReceiver}).
 */
abstract class MetricsAndAlertScenarios extends DoubleBackedScenarios {

    static final String METRICS = "koogallery/admin/metrics";
    static final Duration DELIVERY = Duration.ofSeconds(45);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    HttpResponse<String> scrape(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server().baseUri().resolve(METRICS))
                .header("Accept", "application/openmetrics-text;version=1.0.0;q=0.5,text/plain;version=0.0.4;q=0.3,*/*;q=0.1");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Every series of a scrape with its value: {@code name{labels}} → value. */
    Map<String, Double> series() throws Exception {
        HttpResponse<String> answer = scrape(ConnectorServer.asOperator());
        assertEquals(200, answer.statusCode(), answer.body());
        Map<String, Double> values = new HashMap<>();
        answer.body().lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> {
            int space = l.lastIndexOf(' ');
            values.put(l.substring(0, space), Double.parseDouble(l.substring(space + 1)));
        });
        return values;
    }

    static double delta(Map<String, Double> after, Map<String, Double> before, String series) {
        return after.getOrDefault(series, 0.0) - before.getOrDefault(series, 0.0);
    }

    @Test
    void theScrapeCountsSignedCallbacksAndAForgedOneExactly() throws Exception {
        Map<String, Double> before = series();
        for (int i = 0; i < 2; i++) {
            assertSigned(marketplace.call(SAAS, body("activity", "newInstance", "orderId", unique("CSM"), "orderLineId",
                    unique("CSM") + "-1", "businessId", unique("ID"), "testFlag", "1")), "000000");
        }
        assertSigned(marketplace.call(SAAS, body("activity", "newInstance", "orderId", unique("CSF"), "orderLineId",
                unique("CSF") + "-1", "businessId", unique("ID")), "notTheKey", Instant.now(), Marketplace.newNonce()),
                "000001");
        Map<String, Double> after = series();

        assertEquals(2.0, delta(after, before,
                "koogallery_callbacks_total{activity=\"newInstance\",family=\"saas\",result=\"000000\"}"));
        assertEquals(1.0, delta(after, before, "koogallery_callbacks_total{activity=\"none\",family=\"saas\",result=\"000001\"}"));
        assertEquals(1.0, delta(after, before, "koogallery_verification_failures_total{reason=\"signature_mismatch\"}"));
        assertEquals(3.0, delta(after, before, "koogallery_callback_answer_seconds_count{family=\"saas\"}"));
        assertEquals(3.0, delta(after, before, "koogallery_callback_answer_seconds_bucket{family=\"saas\",le=\"+Inf\"}"));
        Set<String> callbackSeriesAdded = after.keySet().stream().filter(s -> s.startsWith("koogallery_callbacks_total{"))
                .filter(s -> delta(after, before, s) != 0).collect(Collectors.toSet());
        assertEquals(Set.of("koogallery_callbacks_total{activity=\"newInstance\",family=\"saas\",result=\"000000\"}",
                "koogallery_callbacks_total{activity=\"none\",family=\"saas\",result=\"000001\"}"), callbackSeriesAdded);
        for (String kind : List.of("provisioning", "order-fetch", "license-upload", "usage-push", "license-usage", "alert")) {
            assertTrue(after.containsKey("koogallery_work_backlog{kind=\"" + kind + "\",state=\"pending\"}"), kind);
            assertTrue(after.containsKey("koogallery_work_backlog{kind=\"" + kind + "\",state=\"failed\"}"), kind);
        }
        assertTrue(after.containsKey("koogallery_usage_records_waiting"));
        assertTrue(after.containsKey("koogallery_usage_dead_letters"));
    }

    @Test
    void theScrapeIsPrometheusTextForAnOperatorOnly() throws Exception {
        HttpResponse<String> answer = scrape(ConnectorServer.asOperator());
        assertEquals(200, answer.statusCode());
        String type = answer.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT).replace(" ", "");
        assertTrue(type.startsWith("text/plain;") && type.contains("version=0.0.4"), type);
        assertTrue(answer.body().contains("# TYPE koogallery_work_backlog gauge"), answer.body());
        assertEquals(401, scrape(null).statusCode());
        // an unknown user, so that no admin user's sign-in failures are spent here
        assertEquals(401, scrape(BasicAuth.header("nobody", "wrong")).statusCode());
    }

    @Test
    void deadLettersRaiseOneSignedAlertPerCauseAndPeriod() throws Exception {
        Map<String, Double> before = series();
        String period = periodOf(Instant.now());
        mkt.refuseUsage("MKT.9002");
        List<String> instances = List.of(usage(), usage());
        Eventually.until("two dead letters", UsageScenarios.TIMERS, () -> instances.stream().allMatch(id -> db.count(
                "SELECT COUNT(*) FROM usage_record WHERE instance_id = ? AND state = 'FAILED'", id) == 1));
        mkt.refuseUsage(null);
        String cause = "dead-letter:usage-push";
        awaitDelivered(cause);
        assertTrue(delta(series(), before, "koogallery_work_given_up_total{kind=\"usage-push\"}") >= 2.0);
        assertOneSignedAlertPerCauseAndPeriod();
        assertRaisedIn(cause, period, periodOf(Instant.now()));
    }

    @Test
    void aBurstOfVerificationFailuresIsOneSignedAlertOfItsPeriod() throws Exception {
        String period = periodOf(Instant.now());
        for (int i = 0; i < ConnectorServer.VERIFICATION_BURST; i++) {
            assertSigned(marketplace.call(SAAS, body("activity", "queryInstance", "instanceId", unique("ID")), "notTheKey",
                    Instant.now(), Marketplace.newNonce()), "000001");
        }
        awaitDelivered("verification-burst");
        assertOneSignedAlertPerCauseAndPeriod();
        assertRaisedIn("verification-burst", period, periodOf(Instant.now()));
    }

    @Test
    void aMarketplaceThatStaysUnreachableIsOneSignedAlert() throws Exception {
        String period = periodOf(Instant.now());
        String order = unique("CSU");
        String instanceId = unique("ID");
        mkt.down(true);
        assertSigned(marketplace.call(SAAS, body("activity", "newInstance", "orderId", order, "orderLineId",
                order + "-000001", "businessId", instanceId)), "000004");
        awaitDelivered("marketplace-unreachable");
        mkt.down(false);
        Eventually.until("provisioned once the marketplace is back", DELIVERY, () -> db.count(
                "SELECT COUNT(*) FROM saas_instance WHERE instance_id = ? AND provisioning = 'DONE'", instanceId) == 1);
        assertOneSignedAlertPerCauseAndPeriod();
        assertRaisedIn("marketplace-unreachable", period, periodOf(Instant.now()));
    }

    /** A pay-per-use instance with one usage event two hours ago. */
    private String usage() {
        String instanceId = payPerUseInstance();
        report(event(unique("ev-"), instanceId, "2", hoursAgo(2)));
        return instanceId;
    }

    /** The test servers' period (a day, from the epoch) holding {@code at}, as alerts name it. */
    static String periodOf(Instant at) {
        return at.truncatedTo(ChronoUnit.DAYS) + "/" + ConnectorServer.ALERT_PERIOD;
    }

    /** Waits until every alert job of the cause is delivered and at least one is. */
    private void awaitDelivered(String cause) {
        Eventually.until("the " + cause + " alert delivered", DELIVERY, () -> db.count(
                "SELECT COUNT(*) FROM outbound_job WHERE kind = 'ALERT' AND subject = ? AND state = 'DONE'", cause) >= 1
                && db.count("SELECT COUNT(*) FROM outbound_job WHERE kind = 'ALERT' AND subject = ? AND state <> 'DONE'",
                cause) == 0);
    }

    /** Every alert the hook received is signed, and no cause arrived twice for one period. */
    private void assertOneSignedAlertPerCauseAndPeriod() {
        List<AlertReceiver.Received> received = server().alertReceiver().received();
        received.forEach(alert -> assertTrue(alert.signed(), "signed: " + alert.body()));
        Map<String, Long> perCauseAndPeriod = received.stream().collect(Collectors.groupingBy(
                alert -> alert.cause() + " " + alert.period(), Collectors.counting()));
        perCauseAndPeriod.forEach((key, count) -> assertEquals(1L, count, "alerts of " + key));
        received.forEach(alert -> {
            assertFalse(alert.body().contains(AlertReceiver.SECRET), alert.body());
            assertFalse(alert.body().contains(Marketplace.KEY), alert.body());
            assertFalse(alert.json().getString("node").isEmpty(), alert.body());
            assertFalse(alert.json().getString("detail").isEmpty(), alert.body());
            assertTrue(alert.json().containsKey("time"), alert.body());
        });
    }

    /** The cause's one alert of the period the test began in or, if a period ended meanwhile, of the next. */
    private void assertRaisedIn(String cause, String startPeriod, String endPeriod) {
        List<String> periods = server().alertReceiver().received().stream().filter(a -> a.cause().equals(cause))
                .map(AlertReceiver.Received::period).toList();
        assertTrue(periods.contains(startPeriod) || periods.contains(endPeriod), cause + " alerts: " + periods);
        assertEquals(periods.size(), db.count("SELECT COUNT(*) FROM outbound_job WHERE kind = 'ALERT' AND subject = ?",
                cause), "one job per alert received");
    }
}
