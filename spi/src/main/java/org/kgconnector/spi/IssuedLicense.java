package org.kgconnector.spi;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A license: text, or a file with its name. Text of at most 1024 characters is uploaded as {@code CHARACTERS};
 * longer text and files are uploaded as {@code FILE} with their SHA-256.
 */
public record IssuedLicense(byte[] content, String fileName, boolean text) {

    public IssuedLicense {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(fileName, "fileName");
    }

    /** A license string; {@code fileName} names it if it has to travel as a file. */
    public static IssuedLicense text(String license, String fileName) {
        return new IssuedLicense(license.getBytes(StandardCharsets.UTF_8), fileName, true);
    }

    public static IssuedLicense file(String fileName, byte[] content) {
        return new IssuedLicense(content.clone(), fileName, false);
    }

    public String asText() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
