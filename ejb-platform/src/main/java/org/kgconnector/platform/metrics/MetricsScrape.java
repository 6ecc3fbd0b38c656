package org.kgconnector.platform.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.kgconnector.persistence.job.JobState;
import org.kgconnector.platform.work.WorkKind;

/**
 * What the metrics address answers: every series of the node, the backlog gauges included —
 * {@code koogallery_work_backlog{kind,state}} (state {@code pending}: waiting or running; {@code failed}: given up),
 * {@code koogallery_usage_records_waiting} and {@code koogallery_usage_dead_letters}.
 */
@ApplicationScoped
public class MetricsScrape {

    private static final List<JobState> NOT_DONE = List.of(JobState.PENDING, JobState.FAILED);

    @Inject
    ConnectorMetrics metrics;

    @Inject
    WorkBacklog backlog;

    @PostConstruct
    void registerGauges() {
        MeterRegistry registry = metrics.registry();
        for (WorkKind kind : WorkKind.values()) {
            for (JobState state : NOT_DONE) {
                Gauge.builder("koogallery.work.backlog", backlog, b -> b.count(kind, state))
                        .description("Durable work not done, by kind and state").tag("kind", kind.settingName())
                        .tag("state", state.name().toLowerCase(Locale.ROOT)).register(registry);
            }
        }
        Gauge.builder("koogallery.usage.records.waiting", backlog, b -> b.count(WorkKind.USAGE_PUSH, JobState.PENDING))
                .description("Closed usage records not yet accepted by the marketplace").register(registry);
        Gauge.builder("koogallery.usage.dead.letters", backlog, b -> b.count(WorkKind.USAGE_PUSH, JobState.FAILED))
                .description("Usage records given up, waiting for the operator").register(registry);
    }

    /** The text of a scrape, of media type {@link ConnectorMetrics#CONTENT_TYPE}. */
    public String text() {
        return metrics.scrape();
    }
}
