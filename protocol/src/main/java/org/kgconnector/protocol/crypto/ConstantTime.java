package org.kgconnector.protocol.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/** Comparisons of signatures that take the same time wherever the first difference is. */
public final class ConstantTime {

    private ConstantTime() {
    }

    /** Hex strings, compared case-insensitively; {@code null} never matches. */
    public static boolean hexEquals(String expected, String received) {
        if (expected == null || received == null) {
            return false;
        }
        return MessageDigest.isEqual(
                expected.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII),
                received.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** Exact comparison, for Base64 tokens; {@code null} never matches. */
    public static boolean exactEquals(String expected, String received) {
        if (expected == null || received == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), received.getBytes(StandardCharsets.UTF_8));
    }
}
