package org.kgconnector.platform.metrics;

import io.micrometer.core.instrument.Counter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kgconnector.platform.work.WorkGivenUp;

/** Counts the work given up, by kind: {@code koogallery_work_given_up_total{kind}} (usage-push: dead letters). */
@ApplicationScoped
public class WorkMeters {

    @Inject
    ConnectorMetrics metrics;

    void givenUp(@Observes WorkGivenUp event) {
        Counter.builder("koogallery.work.given.up").description("Durable work given up on this node, by kind")
                .tag("kind", event.kind().settingName()).register(metrics.registry()).increment();
    }
}
