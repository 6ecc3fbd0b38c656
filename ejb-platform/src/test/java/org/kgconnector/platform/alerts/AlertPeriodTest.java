package org.kgconnector.platform.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kgconnector.platform.work.WorkKind;

class AlertPeriodTest {

    private static final Duration FIFTEEN = Duration.ofMinutes(15);

    @Test
    void everyMomentOfAPeriodHasTheSameKeyOnEveryNode() {
        AlertPeriod early = AlertPeriod.of(Instant.parse("2026-03-01T10:15:00Z"), FIFTEEN);
        AlertPeriod late = AlertPeriod.of(Instant.parse("2026-03-01T10:29:59.999Z"), FIFTEEN);
        assertEquals("2026-03-01T10:15:00Z/PT15M", early.key());
        assertEquals(early.key(), late.key());
        assertEquals(early, late);
    }

    @Test
    void theNextPeriodHasAnotherKey() {
        assertNotEquals(AlertPeriod.of(Instant.parse("2026-03-01T10:29:59Z"), FIFTEEN).key(),
                AlertPeriod.of(Instant.parse("2026-03-01T10:30:00Z"), FIFTEEN).key());
        assertEquals("2026-03-01T10:00:00Z/PT1H",
                AlertPeriod.of(Instant.parse("2026-03-01T10:59:00Z"), Duration.ofHours(1)).key());
    }

    @Test
    void theKeyFitsTheJobsSubjectLine() {
        assertTrue(AlertPeriod.of(Instant.parse("2026-03-01T10:15:00Z"), Duration.ofDays(400)).key().length() <= 64);
    }

    @Test
    void causesNameTheKindOfWorkAndAlertsRaiseNoneOfTheirOwn() {
        assertEquals(Optional.of("given-up:provisioning"), AlertCause.givenUp(WorkKind.PROVISIONING));
        assertEquals(Optional.of("given-up:order-fetch"), AlertCause.givenUp(WorkKind.ORDER_FETCH));
        assertEquals(Optional.of("given-up:license-upload"), AlertCause.givenUp(WorkKind.LICENSE_UPLOAD));
        assertEquals(Optional.of("dead-letter:usage-push"), AlertCause.givenUp(WorkKind.USAGE_PUSH));
        assertEquals(Optional.of("dead-letter:license-usage"), AlertCause.givenUp(WorkKind.LICENSE_USAGE));
        assertEquals(Optional.empty(), AlertCause.givenUp(WorkKind.ALERT));
    }

    @Test
    void theBodyNamesCausePeriodNodeDetailAndTime() {
        Alert alert = new Alert("given-up:provisioning", AlertPeriod.of(Instant.parse("2026-03-01T10:20:00Z"), FIFTEEN),
                "node-1", "provisioning given up: sold out \u552e\u7f44", Instant.parse("2026-03-01T10:20:00Z"));
        assertEquals("{\"cause\":\"given-up:provisioning\",\"period\":\"2026-03-01T10:15:00Z/PT15M\",\"node\":\"node-1\","
                + "\"detail\":\"provisioning given up: sold out \\u552e\\u7f44\",\"time\":\"2026-03-01T10:20:00Z\"}",
                alert.json());
        String longDetail = new Alert("c", alert.period(), "n", "x".repeat(5000), alert.time()).detail();
        assertEquals(Alert.DETAIL_LENGTH, longDetail.length());
    }
}
