package org.kgconnector.platform.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.kgconnector.persistence.job.JobState;
import org.kgconnector.platform.work.WorkKind;

class WorkBacklogTest {

    @Test
    void theQueryRowsBecomeCountsPerWorkKind() {
        Map<WorkKind, Map<JobState, Long>> counts = BacklogQueries.collect(List.of(
                new Object[] {"PROVISIONING", "PENDING", 3L},
                new Object[] {"FETCH_ORDER", "FAILED", 2},
                new Object[] {"UPLOAD_LICENSE", "PENDING", 1L},
                new Object[] {"ALERT", "PENDING", 4L},
                new Object[] {"USAGE_PUSH   ", "FAILED", 7L}));
        assertEquals(Map.of(JobState.PENDING, 3L), counts.get(WorkKind.PROVISIONING));
        assertEquals(Map.of(JobState.FAILED, 2L), counts.get(WorkKind.ORDER_FETCH));
        assertEquals(Map.of(JobState.PENDING, 1L), counts.get(WorkKind.LICENSE_UPLOAD));
        assertEquals(Map.of(JobState.PENDING, 4L), counts.get(WorkKind.ALERT));
        assertEquals(Map.of(JobState.FAILED, 7L), counts.get(WorkKind.USAGE_PUSH));
    }

    @Test
    void everyGaugeOfAScrapeIsServedByOneRead() {
        AtomicInteger reads = new AtomicInteger();
        WorkBacklog backlog = new WorkBacklog() {
            @Override
            Map<WorkKind, Map<JobState, Long>> read() {
                reads.incrementAndGet();
                return Map.of(WorkKind.USAGE_PUSH, Map.of(JobState.PENDING, 5L, JobState.FAILED, 1L));
            }
        };
        MetricsScrape scrape = new MetricsScrape();
        scrape.metrics = new ConnectorMetrics();
        scrape.backlog = backlog;
        scrape.registerGauges();

        String text = scrape.text();
        assertEquals(1, reads.get());
        assertTrue(text.contains("koogallery_work_backlog{kind=\"usage-push\",state=\"pending\"} 5.0"), text);
        assertTrue(text.contains("koogallery_work_backlog{kind=\"usage-push\",state=\"failed\"} 1.0"), text);
        assertTrue(text.contains("koogallery_work_backlog{kind=\"provisioning\",state=\"failed\"} 0.0"), text);
        assertTrue(text.contains("koogallery_usage_records_waiting 5.0"), text);
        assertTrue(text.contains("koogallery_usage_dead_letters 1.0"), text);
        assertTrue(text.contains("# TYPE koogallery_work_backlog gauge"), text);
        scrape.text();
        assertEquals(1, reads.get(), "a second scrape within the cache's age reads nothing");
    }

    @Test
    void aDatabaseThatCannotAnswerGivesNoValue() {
        WorkBacklog backlog = new WorkBacklog() {
            @Override
            Map<WorkKind, Map<JobState, Long>> read() {
                return null;
            }
        };
        assertTrue(Double.isNaN(backlog.count(WorkKind.PROVISIONING, JobState.PENDING)));
    }
}
