package org.kgconnector.web.callback.control;

import org.kgconnector.protocol.signature.QueryParameters;

/**
 * The signature, timestamp and nonce of a V2 callback: the {@code signature}, {@code timestamp} and {@code nonce}
 * query parameters (base interfaces) or the {@code x-sign}, {@code x-timestamp} and {@code x-nonce} headers
 * (Kit); a value that is absent or blank is null.
 */
record SignatureParameters(String signature, String timestamp, String nonce) {

    static SignatureParameters fromQuery(String rawQuery) {
        String signature = null;
        String timestamp = null;
        String nonce = null;
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String value = decode(pair.substring(eq + 1));
                switch (pair.substring(0, eq)) {
                    case "signature" -> signature = value;
                    case "timestamp" -> timestamp = value;
                    case "nonce" -> nonce = value;
                    default -> { }
                }
            }
        }
        return new SignatureParameters(blankToNull(signature), blankToNull(timestamp), blankToNull(nonce));
    }

    static SignatureParameters fromHeaders(ReceivedCallback received) {
        return of(received.header("x-sign"), received.header("x-timestamp"), received.header("x-nonce"));
    }

    /** The Kit's {@code x-sign}, {@code x-timestamp} and {@code x-nonce} values. */
    static SignatureParameters of(String sign, String timestamp, String nonce) {
        return new SignatureParameters(blankToNull(sign), blankToNull(timestamp), blankToNull(nonce));
    }

    /** Percent-decoded with {@code +} kept; a malformed value stays as sent (and then cannot verify). */
    private static String decode(String value) {
        String decoded = QueryParameters.decode(value, false);
        return decoded == null ? value : decoded;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
