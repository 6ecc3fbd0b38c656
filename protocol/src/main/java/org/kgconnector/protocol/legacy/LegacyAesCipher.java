package org.kgconnector.protocol.legacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the {@code userName}/{@code password} the connector returns to V1 calls and decrypts the
 * {@code mobilePhone}/{@code email} the marketplace sends (docs/protocol/saas.md §3.6). Output is {@code iv + base64(ct)}.
 * Error messages never contain the key, the IV or any clear text.
 */
public final class LegacyAesCipher {

    private static final String IV_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int IV_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final EncryptType type;

    public LegacyAesCipher(String accessKey, EncryptType type) {
        this.type = type;
        this.key = new SecretKeySpec(deriveKey(accessKey, type.bits()), "AES");
    }

    public EncryptType type() {
        return type;
    }

    /** The SHA1PRNG-seeded {@code KeyGenerator} derivation of the official sample; deterministic per key. */
    static byte[] deriveKey(String accessKey, int bits) {
        try {
            SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG", "SUN");
            seeded.setSeed(accessKey.getBytes(StandardCharsets.UTF_8));
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(bits, seeded);
            SecretKey derived = generator.generateKey();
            return derived.getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA1PRNG or AES is not available in this JDK", e);
        }
    }

    public String encrypt(String plaintext) {
        return encrypt(plaintext, randomIv());
    }

    /** Encrypts with a given 16-character IV (tests pin vectors with it). */
    public String encrypt(String plaintext, String iv) {
        if (iv.length() != IV_LENGTH) {
            throw new IllegalArgumentException("the IV must have 16 characters");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv.getBytes(StandardCharsets.US_ASCII)));
            byte[] ct = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            return iv + Base64.getEncoder().encodeToString(ct);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES encryption failed", e);
        }
    }

    /**
     * Decrypts {@code iv + base64(ct)}.
     *
     * @throws IllegalArgumentException when the text is not such a value or does not decrypt with this key
     */
    public String decrypt(String text) {
        if (text == null || text.length() <= IV_LENGTH) {
            throw new IllegalArgumentException("the encrypted value is too short");
        }
        try {
            byte[] ct = Base64.getDecoder().decode(text.substring(IV_LENGTH));
            Cipher cipher = Cipher.getInstance("AES/CBC/PKCS5Padding");
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new IvParameterSpec(text.substring(0, IV_LENGTH).getBytes(StandardCharsets.US_ASCII)));
            return new String(cipher.doFinal(ct), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the encrypted value is not Base64 after its IV");
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the encrypted value does not decrypt with the legacy key");
        }
    }

    static String randomIv() {
        StringBuilder iv = new StringBuilder(IV_LENGTH);
        for (int i = 0; i < IV_LENGTH; i++) {
            iv.append(IV_ALPHABET.charAt(RANDOM.nextInt(IV_ALPHABET.length())));
        }
        return iv.toString();
    }
}
