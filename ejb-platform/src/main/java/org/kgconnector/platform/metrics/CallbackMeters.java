package org.kgconnector.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.kgconnector.platform.ledger.CallbackFamily;
import org.kgconnector.platform.ledger.CallbackRecord;

/**
 * Counts each callback as its ledger row is handed over: {@code koogallery_callbacks_total{family,activity,result}},
 * {@code koogallery_verification_failures_total{reason}} and the answer latency histogram
 * {@code koogallery_callback_answer_seconds{family}}. Activity and result code are the callback's own only when they
 * look like one (letters and digits, bounded); anything else counts as {@code other}, and a call whose activity was
 * never read (it was refused first) as {@code none}, so forged calls cannot multiply the series.
 */
@ApplicationScoped
public class CallbackMeters {

    private static final Pattern ACTIVITY = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,39}");
    private static final Pattern RESULT = Pattern.compile("[A-Za-z0-9.]{1,16}");

    @Inject
    ConnectorMetrics metrics;

    void handedOver(@Observes CallbackRecord row) {
        String family = CallbackFamily.labelOf(row.address());
        Counter.builder("koogallery.callbacks").description("Callbacks answered, by family, activity and result code")
                .tag("family", family).tag("activity", label(row.activity(), ACTIVITY))
                .tag("result", label(row.resultCode(), RESULT)).register(metrics.registry()).increment();
        VerificationFailure.reason(row.verification()).ifPresent(reason -> Counter.builder("koogallery.verification.failures")
                .description("Callbacks whose signature check failed, by reason").tag("reason", reason)
                .register(metrics.registry()).increment());
        Timer.builder("koogallery.callback.answer").description("Time from a callback's arrival to its answer")
                .tag("family", family).publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10)).register(metrics.registry())
                .record(Math.max(0, row.durationMs()), TimeUnit.MILLISECONDS);
    }

    static String label(String value, Pattern allowed) {
        if (value == null || value.isEmpty()) {
            return "none";
        }
        return allowed.matcher(value).matches() ? value : "other";
    }
}
