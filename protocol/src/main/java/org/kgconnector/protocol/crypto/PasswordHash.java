package org.kgconnector.protocol.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2 password hashes in the format of Jakarta Security's {@code Pbkdf2PasswordHash}:
 * {@code PBKDF2WithHmacSHA256:<iterations>:<base64 salt>:<base64 hash>}. Only the JDK is used, so that this one file
 * also makes a hash from a clean checkout:
 * <pre>java protocol/src/main/java/org/kgconnector/protocol/crypto/PasswordHash.java 'the password'</pre>
 */
public final class PasswordHash {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    static final int ITERATIONS = 210_000;
    /** Fewer iterations than this are not accepted: such a hash is too cheap to guess against. */
    static final int MIN_ITERATIONS = 10_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private PasswordHash() {
    }

    /** A new hash of the password with a random salt. */
    public static String of(String password) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return ALGORITHM + ":" + ITERATIONS + ":" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS, HASH_BYTES));
    }

    /** Whether the text is a hash in this format, with enough iterations. */
    public static boolean isWellFormed(String hash) {
        String[] parts = hash == null ? new String[0] : hash.split(":");
        if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
            return false;
        }
        try {
            return Integer.parseInt(parts[1]) >= MIN_ITERATIONS && Base64.getDecoder().decode(parts[2]).length >= 8
                    && Base64.getDecoder().decode(parts[3]).length >= 16;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether the password gives the hash; false for a hash that is not well-formed. Constant time in the hash. */
    public static boolean matches(String password, String hash) {
        if (!isWellFormed(hash)) {
            return false;
        }
        String[] parts = hash.split(":");
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = derive(password, Base64.getDecoder().decode(parts[2]), Integer.parseInt(parts[1]), expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    private static byte[] derive(String password, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available in this JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Prints the hash of the password given as the only argument. */
    public static void main(String[] args) {
        if (args.length != 1 || args[0].isEmpty()) {
            System.err.println("usage: java PasswordHash.java 'the password'");
            System.exit(2);
        }
        System.out.println(of(args[0]));
    }
}
