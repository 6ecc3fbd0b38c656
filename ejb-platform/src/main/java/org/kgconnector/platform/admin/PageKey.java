package org.kgconnector.platform.admin;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The keys of the pages: a row id ({@code 1234}), or a time and a name for lists ordered by time
 * ({@code 2026-12-02T05:00:00.123Z~CS-1}). A key that is none of these is refused as bad input.
 */
public final class PageKey {

    private static final char SEPARATOR = '~';

    private PageKey() {
    }

    /** A time-and-name key. */
    public static String of(Instant time, String name) {
        return time + String.valueOf(SEPARATOR) + name;
    }

    /** The id of an id key; empty for none given. */
    public static Optional<Long> id(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(key.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("after must be the key of a page (a row id), not " + shortened(key));
        }
    }

    /** The time of a time-and-name key; empty for none given. */
    public static Optional<Instant> time(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        int at = key.indexOf(SEPARATOR);
        try {
            return Optional.of(Instant.parse(key.substring(0, at < 0 ? key.length() : at)));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("after must be the key of a page (time~name), not " + shortened(key));
        }
    }

    /** The name of a time-and-name key. */
    public static String name(String key) {
        int at = key.indexOf(SEPARATOR);
        return at < 0 ? "" : key.substring(at + 1);
    }

    private static String shortened(String key) {
        return key.length() > 40 ? key.substring(0, 40) + "…" : key;
    }
}
