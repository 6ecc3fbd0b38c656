package org.kgconnector.protocol.crypto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void aHashIsSaltedAndMatchesOnlyItsPassword() {
        String first = PasswordHash.of("operator-secret");
        assertTrue(first.startsWith("PBKDF2WithHmacSHA256:210000:"), first);
        assertNotEquals(first, PasswordHash.of("operator-secret"), "a fresh salt each time");
        assertTrue(PasswordHash.matches("operator-secret", first));
        assertFalse(PasswordHash.matches("operator-secreT", first));
        assertFalse(PasswordHash.matches("", first));
    }

    @Test
    void weakOrForeignHashesAreNotAccepted() {
        String sha256 = Hmac.digestHex("operator-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertFalse(PasswordHash.isWellFormed(sha256), "an unsalted SHA-256 is no longer a hash the connector takes");
        assertFalse(PasswordHash.matches("operator-secret", sha256));
        assertFalse(PasswordHash.isWellFormed("PBKDF2WithHmacSHA256:1000:c2FsdHNhbHQ=:" + "A".repeat(44)), "too few iterations");
        assertFalse(PasswordHash.isWellFormed("PBKDF2WithHmacSHA1:210000:c2FsdHNhbHQ=:" + "A".repeat(44)));
        assertFalse(PasswordHash.isWellFormed("PBKDF2WithHmacSHA256:x:y:z"));
    }
}
