package org.kgconnector.protocol.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.kgconnector.protocol.Vectors.get;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class LegacyAesCipherTest {

    private static final String KEY = get("key");
    private static final String IV = get("aes.iv");

    @Test
    void derivedKeysMatchTheVectors() {
        assertEquals(get("aes.key256"), HexFormat.of().formatHex(LegacyAesCipher.deriveKey(KEY, 256)));
        assertEquals(get("aes.key128"), HexFormat.of().formatHex(LegacyAesCipher.deriveKey(KEY, 128)));
    }

    @Test
    void encryptsTheVectorsWithAFixedIv() {
        LegacyAesCipher aes256 = new LegacyAesCipher(KEY, EncryptType.AES_256);
        LegacyAesCipher aes128 = new LegacyAesCipher(KEY, EncryptType.AES_128);
        assertEquals(get("aes.phone.256"), aes256.encrypt(get("aes.phone"), IV));
        assertEquals(get("aes.phone.128"), aes128.encrypt(get("aes.phone"), IV));
        assertEquals(get("aes.password.256"), aes256.encrypt(get("aes.password"), IV));
    }

    @Test
    void decryptsTheVectorsAndRoundTripsWithRandomIvs() {
        LegacyAesCipher aes256 = new LegacyAesCipher(KEY, EncryptType.AES_256);
        assertEquals(get("aes.phone"), aes256.decrypt(get("aes.phone.256")));
        assertEquals(get("aes.phone"), new LegacyAesCipher(KEY, EncryptType.AES_128).decrypt(get("aes.phone.128")));
        String first = aes256.encrypt("管理员@example.com");
        String second = aes256.encrypt("管理员@example.com");
        assertNotEquals(first, second);
        assertEquals("管理员@example.com", aes256.decrypt(first));
        assertEquals(16, LegacyAesCipher.randomIv().chars().filter(Character::isLetterOrDigit).count());
    }

    @Test
    void badCiphertextFailsWithoutRevealingAnything() {
        LegacyAesCipher aes256 = new LegacyAesCipher(KEY, EncryptType.AES_256);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LegacyAesCipher("otherKey", EncryptType.AES_256).decrypt(get("aes.phone.256")));
        assertFalse(e.getMessage().contains(KEY));
        assertThrows(IllegalArgumentException.class, () -> aes256.decrypt("short"));
        assertThrows(IllegalArgumentException.class, () -> aes256.decrypt(IV + "not base64 !"));
        assertEquals(EncryptType.AES_128, EncryptType.ofBits(128));
        assertThrows(IllegalArgumentException.class, () -> EncryptType.ofBits(192));
    }
}
