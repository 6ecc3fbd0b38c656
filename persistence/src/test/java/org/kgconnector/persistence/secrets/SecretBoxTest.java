package org.kgconnector.persistence.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    @Test
    void sealsAndOpensAndNeverSealsTheSameWayTwice() {
        SecretBox box = SecretBox.fromKeyMaterial(SecretBox.newKeyMaterial());
        String first = box.seal("P@ssw0rd-管理员");
        String second = box.seal("P@ssw0rd-管理员");
        assertTrue(first.startsWith("v1:"));
        assertFalse(first.contains("P@ssw0rd"));
        assertNotEquals(first, second);
        assertEquals("P@ssw0rd-管理员", box.open(first));
        assertEquals("P@ssw0rd-管理员", box.open(second));
    }

    @Test
    void anotherKeyOrATamperedValueDoesNotOpen() {
        SecretBox box = SecretBox.fromKeyMaterial("a passphrase");
        String sealed = box.seal("secret");
        assertEquals("secret", SecretBox.fromKeyMaterial("a passphrase").open(sealed));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SecretBox.fromKeyMaterial("another").open(sealed));
        assertFalse(e.getMessage().contains("passphrase"));
        char last = sealed.charAt(sealed.length() - 2);
        String tampered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A') + sealed.charAt(sealed.length() - 1);
        assertThrows(IllegalArgumentException.class, () -> box.open(tampered));
        assertThrows(IllegalArgumentException.class, () -> box.open("clear text"));
        assertThrows(IllegalArgumentException.class, () -> SecretBox.fromKeyMaterial(" "));
    }

    @Test
    void generatedKeyFileIsCreatedOnceAndKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("config/koogallery-secrets.key");
        String first = GeneratedKeyFile.readOrCreate(file);
        assertEquals(first, GeneratedKeyFile.readOrCreate(file));
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("x", SecretBox.fromKeyMaterial(first).open(SecretBox.fromKeyMaterial(first).seal("x")));
    }
}
