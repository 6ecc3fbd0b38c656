package org.kgconnector.protocol.log;

import java.security.SecureRandom;

/**
 * The reference of one callback (or login step): made when it arrives, before its ledger row exists (the row is
 * written later, off the request thread, so its database id is not known while the call runs), and kept in the
 * row's {@code ref} column, the answer's {@code X-KooGallery-Callback} header and the prefix of every log line
 * written while the call is handled. Sixteen characters of lower-case Crockford base32 ({@value #ALPHABET}) drawn
 * from {@link SecureRandom}: 80 random bits, URL-safe, nothing that a log pattern, a shell or
 * {@link java.text.MessageFormat} reads specially.
 *
 * <p>The thread's current reference is set by whoever starts the call (the callback's body capture, a login step) and
 * cleared by the web module's request filter once the answer is written; work handed to another thread carries it
 * with {@link #bind(String)}.
 */
public final class CallbackRef {

    /** The digits of a reference: Crockford base32, lower case (no {@code i}, {@code l}, {@code o}, {@code u}). */
    public static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    /** The length of a reference. */
    public static final int LENGTH = 16;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private CallbackRef() {
    }

    /** A new random reference. */
    public static String newRef() {
        byte[] bits = new byte[LENGTH * 5 / 8];
        RANDOM.nextBytes(bits);
        char[] ref = new char[LENGTH];
        long buffer = 0;
        int held = 0;
        int next = 0;
        for (byte b : bits) {
            buffer = (buffer << 8) | (b & 0xff);
            held += 8;
            while (held >= 5) {
                held -= 5;
                ref[next++] = ALPHABET.charAt((int) (buffer >>> held) & 31);
            }
        }
        return new String(ref);
    }

    /** Whether {@code text} has the form of a reference (says nothing of whether a call has it). */
    public static boolean isWellFormed(String text) {
        if (text == null || text.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The reference of the callback this thread is handling, or null. */
    public static String current() {
        return CURRENT.get();
    }

    /** Makes a new reference the thread's current one, and returns it; {@link #clear()} ends it. */
    public static String begin() {
        String ref = newRef();
        CURRENT.set(ref);
        return ref;
    }

    /** Makes {@code ref} the thread's current one ({@code null}: none); {@link #clear()} ends it. */
    public static void set(String ref) {
        if (ref == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(ref);
        }
    }

    /** The thread handles no callback any longer. */
    public static void clear() {
        CURRENT.remove();
    }

    /**
     * Makes {@code ref} the thread's current reference until the returned scope is closed, which puts back the one
     * before: for work that a callback hands to another thread ({@code try (var s = CallbackRef.bind(ref)) {...}}).
     */
    public static Scope bind(String ref) {
        String before = CURRENT.get();
        set(ref);
        return () -> set(before);
    }

    /** The reference of a {@link #bind(String)}, put back on close. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
