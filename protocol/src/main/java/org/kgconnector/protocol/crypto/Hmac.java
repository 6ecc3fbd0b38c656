package org.kgconnector.protocol.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 and SHA-256 with the encodings the marketplace uses. Keys are used as their UTF-8 bytes. */
public final class Hmac {

    private static final HexFormat LOWER_HEX = HexFormat.of();

    private Hmac() {
    }

    public static byte[] sha256(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JDK", e);
        }
    }

    public static byte[] sha256(String key, String data) {
        return sha256(utf8(key), utf8(data));
    }

    public static String sha256Hex(String key, byte[] data) {
        return LOWER_HEX.formatHex(sha256(utf8(key), data));
    }

    public static String sha256Base64(String key, byte[] data) {
        return Base64.getEncoder().encodeToString(sha256(utf8(key), data));
    }

    /** Lower-case hex SHA-256 of the bytes. */
    public static String digestHex(byte[] data) {
        try {
            return LOWER_HEX.formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
