package org.kgconnector.platform.metrics;

import io.micrometer.core.instrument.Counter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import org.kgconnector.platform.marketplace.OutboundCallEnded;

/**
 * Counts the open-API attempts, by API and outcome ({@code success}, {@code rejected}, {@code unavailable}):
 * {@code koogallery_outbound_calls_total{api,outcome}}.
 */
@ApplicationScoped
public class OutboundCallMeters {

    @Inject
    ConnectorMetrics metrics;

    void ended(@Observes OutboundCallEnded call) {
        Counter.builder("koogallery.outbound.calls").description("Open-API call attempts, by API and outcome")
                .tag("api", call.api()).tag("outcome", call.outcome().name().toLowerCase(Locale.ROOT))
                .register(metrics.registry()).increment();
    }
}
