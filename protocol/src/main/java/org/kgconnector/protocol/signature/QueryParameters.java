package org.kgconnector.protocol.signature;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a V1 GET query string (decision 6 of docs/protocol/decisions.md). The marketplace puts raw {@code +}, {@code /} and
 * {@code =} into {@code authToken} and ciphertexts, so the first reading percent-decodes without turning
 * {@code +} into a space; form decoding ({@code +} is a space) is the second reading, tried when the first does
 * not verify. The first occurrence of a repeated name wins.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** Percent-decoding only; empty when the query is not well-formed percent-encoding. */
    public static Optional<Map<String, String>> raw(String rawQuery) {
        return parse(rawQuery, false);
    }

    /** Form decoding ({@code +} is a space); empty when the query is not well-formed. */
    public static Optional<Map<String, String>> form(String rawQuery) {
        return parse(rawQuery, true);
    }

    private static Optional<Map<String, String>> parse(String rawQuery, boolean plusIsSpace) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.of(parameters);
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), plusIsSpace);
            String value = decode(eq < 0 ? "" : pair.substring(eq + 1), plusIsSpace);
            if (name == null || value == null) {
                return Optional.empty();
            }
            parameters.putIfAbsent(name, value);
        }
        return Optional.of(parameters);
    }

    /** UTF-8 percent-decoding; null when a {@code %} is not followed by two hex digits. */
    public static String decode(String s, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                if (i + 2 >= s.length()) {
                    return null;
                }
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes.write((hi << 4) | lo);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
