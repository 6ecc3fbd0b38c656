package org.kgconnector.saas.usage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeteringSnTest {

    private static final Instant HOUR = Instant.parse("2026-11-22T08:00:00Z");

    @Test
    void theSameRecordAlwaysGetsTheSameNumberOfSixtyFourHexDigits() {
        String sn = MeteringSn.of("inst-1", "", HOUR, 0);
        assertEquals(sn, MeteringSn.of("inst-1", "", HOUR, 0));
        assertTrue(sn.matches("[0-9a-f]{64}"), sn);
    }

    @Test
    void instancePackageHourAndSequenceEachMakeADifferentNumber() {
        Set<String> numbers = new HashSet<>();
        numbers.add(MeteringSn.of("inst-1", "", HOUR, 0));
        numbers.add(MeteringSn.of("inst-2", "", HOUR, 0));
        numbers.add(MeteringSn.of("inst-1", "pkg-1", HOUR, 0));
        numbers.add(MeteringSn.of("inst-1", "", HOUR.plusSeconds(3600), 0));
        numbers.add(MeteringSn.of("inst-1", "", HOUR, 1));
        assertEquals(5, numbers.size());
        assertNotEquals(MeteringSn.of("inst-1|", "", HOUR, 0), MeteringSn.of("inst-1", "|", HOUR, 0));
    }
}
