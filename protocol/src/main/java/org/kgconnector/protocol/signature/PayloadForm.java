package org.kgconnector.protocol.signature;

import java.util.Locale;

/**
 * Which bytes of a JSON body a hex-HMAC signature is checked against (docs/protocol/decisions.md, decision 1):
 * the canonical re-serialisation, the raw bytes, or either (the default).
 */
public enum PayloadForm {
    CANONICAL, RAW, EITHER;

    /** Reads the configuration value {@code either}, {@code canonical} or {@code raw}. */
    public static PayloadForm parse(String value) {
        if (value == null || value.isBlank()) {
            return EITHER;
        }
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    public boolean triesCanonical() {
        return this != RAW;
    }

    public boolean triesRaw() {
        return this != CANONICAL;
    }
}
