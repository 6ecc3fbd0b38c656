package org.kgconnector.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kgconnector.persistence.outbound.OutboundCall;
import org.kgconnector.platform.ledger.CallbackRecord;
import org.kgconnector.platform.marketplace.OutboundCallEnded;
import org.kgconnector.platform.work.WorkGivenUp;
import org.kgconnector.platform.work.WorkKind;
import org.kgconnector.protocol.signature.Verification;

class CallbackMetersTest {

    private final ConnectorMetrics metrics = new ConnectorMetrics();
    private final CallbackMeters callbacks = new CallbackMeters();

    @BeforeEach
    void wire() {
        callbacks.metrics = metrics;
    }

    private static CallbackRecord row(String address, String activity, Verification verification, String resultCode,
                                      long durationMs) {
        return new CallbackRecord(null, Instant.now(), durationMs, "POST", address, activity, null, verification, null, null,
                null, 0, resultCode, null, null, null, null, null, null);
    }

    private List<String> lines(String prefix) {
        return metrics.scrape().lines().filter(l -> l.startsWith(prefix)).sorted().toList();
    }

    @Test
    void countsCallbacksByFamilyActivityAndResult() {
        callbacks.handedOver(row("/saas", "newInstance", Verification.VERIFIED, "000000", 12));
        callbacks.handedOver(row("/saas", "newInstance", Verification.VERIFIED, "000000", 30));
        callbacks.handedOver(row("/saas/produceAPI/v2/tenantSync", "tenantSync", Verification.VERIFIED, "000000", 5));
        callbacks.handedOver(row("/saas", null, Verification.SIGNATURE_MISMATCH, "000001", 2));

        assertEquals(List.of(
                "koogallery_callbacks_total{activity=\"newInstance\",family=\"saas\",result=\"000000\"} 2.0",
                "koogallery_callbacks_total{activity=\"none\",family=\"saas\",result=\"000001\"} 1.0",
                "koogallery_callbacks_total{activity=\"tenantSync\",family=\"kit\",result=\"000000\"} 1.0"),
                lines("koogallery_callbacks_total{"));
        assertEquals(List.of("koogallery_verification_failures_total{reason=\"signature_mismatch\"} 1.0"),
                lines("koogallery_verification_failures_total{"));
    }

    @Test
    void theAnswerLatencyIsAHistogramPerFamily() {
        callbacks.handedOver(row("/license-code", "refresh", Verification.VERIFIED, "000000", 40));
        assertEquals(List.of("koogallery_callback_answer_seconds_count{family=\"license-code\"} 1"),
                lines("koogallery_callback_answer_seconds_count{"));
        assertTrue(lines("koogallery_callback_answer_seconds_bucket{family=\"license-code\",le=\"+Inf\"}").get(0)
                .endsWith(" 1"));
        assertTrue(lines("koogallery_callback_answer_seconds_bucket{").size() > 10, "buckets of a histogram");
    }

    @Test
    void forgedActivitiesAndCodesAddNoSeries() {
        callbacks.handedOver(row("/saas", "new Instance<script>", Verification.VERIFIED, "0000000000000000000001", 1));
        callbacks.handedOver(row("/whatever/" + System.nanoTime(), "x".repeat(100), Verification.SIGNATURE_MISSING, "000001", 1));
        assertEquals(List.of(
                "koogallery_callbacks_total{activity=\"other\",family=\"other\",result=\"000001\"} 1.0",
                "koogallery_callbacks_total{activity=\"other\",family=\"saas\",result=\"other\"} 1.0"),
                lines("koogallery_callbacks_total{"));
    }

    @Test
    void verifiedCallsAnsweredAgainAndLoginStepsAreNoVerificationFailures() {
        callbacks.handedOver(row("/saas", "newInstance", Verification.ANSWERED_BEFORE, "000000", 1));
        callbacks.handedOver(CallbackRecord.login(null, "/sso/login", "login", "t-1", "000000", "admitted", 3));
        assertFalse(metrics.scrape().contains("koogallery_verification_failures_total{"));
    }

    @Test
    void givenUpWorkAndOutboundCallsAreCounted() {
        WorkMeters work = new WorkMeters();
        work.metrics = metrics;
        OutboundCallMeters outbound = new OutboundCallMeters();
        outbound.metrics = metrics;
        work.givenUp(new WorkGivenUp(WorkKind.USAGE_PUSH, "usage refused", Instant.now()));
        outbound.ended(new OutboundCallEnded("order.query", OutboundCall.Outcome.UNAVAILABLE, Instant.now()));
        outbound.ended(new OutboundCallEnded("order.query", OutboundCall.Outcome.SUCCESS, Instant.now()));
        assertEquals(List.of("koogallery_work_given_up_total{kind=\"usage-push\"} 1.0"),
                lines("koogallery_work_given_up_total{"));
        assertEquals(List.of("koogallery_outbound_calls_total{api=\"order.query\",outcome=\"success\"} 1.0",
                "koogallery_outbound_calls_total{api=\"order.query\",outcome=\"unavailable\"} 1.0"),
                lines("koogallery_outbound_calls_total{"));
    }
}
