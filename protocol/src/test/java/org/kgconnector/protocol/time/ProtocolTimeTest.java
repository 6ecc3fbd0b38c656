package org.kgconnector.protocol.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProtocolTimeTest {

    @Test
    void expireTimeWithAndWithoutMilliseconds() {
        assertEquals(Optional.of(Instant.parse("2022-11-24T02:36:18.256Z")), ProtocolTime.parseExpireTime("20221124023618256"));
        assertEquals(Optional.of(Instant.parse("2018-07-25T00:00:00Z")), ProtocolTime.parseExpireTime("20180725000000"));
        assertEquals(Optional.empty(), ProtocolTime.parseExpireTime("2018072500000"));
        assertEquals(Optional.empty(), ProtocolTime.parseExpireTime("20181325000000"));
        assertEquals(Optional.empty(), ProtocolTime.parseExpireTime("2018-07-25T00"));
        assertEquals(Optional.empty(), ProtocolTime.parseExpireTime(null));
    }

    @Test
    void epochMillisAndTheWindow() {
        Instant ts = ProtocolTime.parseEpochMillis("1680508066618").orElseThrow();
        assertEquals(Instant.parse("2023-04-03T07:47:46.618Z"), ts);
        assertEquals(Optional.empty(), ProtocolTime.parseEpochMillis("16805080666x8"));
        assertEquals(Optional.empty(), ProtocolTime.parseEpochMillis("-1"));
        assertEquals(Optional.empty(), ProtocolTime.parseEpochMillis("99999999999999999999"));
        assertEquals(Optional.empty(), ProtocolTime.parseEpochMillis("9999999999999999999"), "19 digits overflow a long");
        assertEquals(Optional.empty(), ProtocolTime.parseEpochMillis("\u0661\u0662\u0663"), "only ASCII digits");
        Duration window = Duration.ofSeconds(60);
        assertTrue(ProtocolTime.withinWindow(ts, ts.plusSeconds(60), window));
        assertTrue(ProtocolTime.withinWindow(ts, ts.minusSeconds(60), window));
        assertFalse(ProtocolTime.withinWindow(ts, ts.plusSeconds(61), window));
        assertFalse(ProtocolTime.withinWindow(ts, ts.minusSeconds(61), window));
    }

    @Test
    void formats() {
        Instant t = Instant.parse("2020-07-27T07:37:11.903Z");
        assertEquals("20200727073711903", ProtocolTime.formatMillis(t));
        assertEquals("20200727073711", ProtocolTime.formatSeconds(t));
        assertEquals("20200727T073711Z", ProtocolTime.formatCompactIso(t));
    }

    @Test
    void readsTheTimeFormatsOfALicenseApplication() {
        Instant expected = Instant.parse("2023-10-27T10:30:15Z");
        assertEquals(expected, ProtocolTime.parseLenient("2023-10-27 10:30:15 z").orElseThrow());
        assertEquals(expected, ProtocolTime.parseLenient("2023-10-27 10:30:15Z").orElseThrow());
        assertEquals(expected, ProtocolTime.parseLenient("2023-10-27 10:30:15 UTC").orElseThrow());
        assertEquals(expected, ProtocolTime.parseLenient("20231027103015").orElseThrow());
        assertEquals(expected, ProtocolTime.parseLenient("2023-10-27T18:30:15+08:00").orElseThrow());
        assertTrue(ProtocolTime.parseLenient("27/10/2023").isEmpty());
        assertTrue(ProtocolTime.parseLenient(null).isEmpty());
    }
}
