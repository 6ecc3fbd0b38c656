package org.kgconnector.web.admin.control;

import jakarta.ws.rs.BadRequestException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The admin API's query parameters read into values: a bad one is a 400 naming the parameter and what it accepts. */
public final class AdminParameters {

    private AdminParameters() {
    }

    /** The constant of {@code type} named by {@code value} (any case); null for none given. */
    public static <E extends Enum<E>> E constant(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new BadRequestException(name + " must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** A value found by {@code lookup}; null for none given, a 400 listing {@code accepted} for an unknown one. */
    public static <T> T lookedUp(String name, String value, Function<String, java.util.Optional<T>> lookup,
                                 String accepted) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return lookup.apply(value.trim()).orElseThrow(() -> new BadRequestException(name + " must be one of " + accepted));
    }

    /** An ISO-8601 instant ({@code 2026-12-02T05:00:00Z}); null for none given. */
    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException bad) {
            throw new BadRequestException(name + " must be an ISO-8601 instant such as 2026-12-02T05:00:00Z");
        }
    }

    /** The text of a parameter, trimmed; null for none given. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
