package org.kgconnector.protocol.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Parses and formats every time the protocol carries. All marketplace times are UTC. */
public final class ProtocolTime {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("uuuuMMddHHmmssSSS").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter COMPACT_ISO = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** Digits an epoch-milliseconds timestamp may have: far beyond any real one, far below a long's 19. */
    static final int MAX_EPOCH_DIGITS = 15;

    private ProtocolTime() {
    }

    /**
     * An {@code expireTime}: documented {@code yyyyMMddHHmmss}, sent also with milliseconds
     * ({@code yyyyMMddHHmmssSSS}); empty when it is neither.
     */
    public static Optional<Instant> parseExpireTime(String value) {
        if (value == null || !value.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        try {
            if (value.length() == 14) {
                return Optional.of(LocalDateTime.parse(value, SECONDS).toInstant(ZoneOffset.UTC));
            }
            if (value.length() == 17) {
                return Optional.of(LocalDateTime.parse(value, MILLIS).toInstant(ZoneOffset.UTC));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A license time as {@code getLicenseAsync} sends it (docs/protocol/license.md trap 15): {@code yyyyMMddHHmmss[SSS]}, or
     * {@code yyyy-MM-dd HH:mm:ss} optionally followed by {@code z}/{@code Z}/{@code UTC}, or ISO-8601 with an
     * offset; UTC unless an offset says otherwise.
     */
    public static Optional<Instant> parseLenient(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.trim();
        Optional<Instant> compact = parseExpireTime(trimmed);
        if (compact.isPresent()) {
            return compact;
        }
        String local = trimmed.replaceFirst("(?i)\\s*(z|utc)$", "");
        try {
            return Optional.of(LocalDateTime.parse(local.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notLocal) {
            try {
                return Optional.of(java.time.OffsetDateTime.parse(trimmed.replace(' ', 'T')).toInstant());
            } catch (DateTimeParseException notIso) {
                return Optional.empty();
            }
        }
    }

    /**
     * An epoch-milliseconds timestamp (V2, Kit V2, license-code); empty when it is not a number of at most
     * {@value #MAX_EPOCH_DIGITS} digits (thirteen until the year 2286), so no number overflows.
     */
    public static Optional<Instant> parseEpochMillis(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_EPOCH_DIGITS
                || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochMilli(Long.parseLong(value)));
    }

    /** Whether {@code timestamp} lies within {@code window} of {@code now}, on either side. */
    public static boolean withinWindow(Instant timestamp, Instant now, Duration window) {
        return Duration.between(timestamp, now).abs().compareTo(window) <= 0;
    }

    /** V1 {@code timeStamp} and {@code statisticalTime}: {@code yyyyMMddHHmmssSSS}. */
    public static String formatMillis(Instant instant) {
        return MILLIS.format(instant);
    }

    /** {@code yyyyMMddHHmmss}. */
    public static String formatSeconds(Instant instant) {
        return SECONDS.format(instant);
    }

    /** APIG {@code X-Sdk-Date} and usage-push times: {@code yyyyMMdd'T'HHmmss'Z'}. */
    public static String formatCompactIso(Instant instant) {
        return COMPACT_ISO.format(instant);
    }
}
