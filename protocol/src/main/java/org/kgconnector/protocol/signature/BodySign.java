package org.kgconnector.protocol.signature;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kgconnector.protocol.crypto.ConstantTime;
import org.kgconnector.protocol.crypto.Hmac;

/**
 * The {@code Body-Sign} header on every answer to a marketplace callback: Base64 HMAC-SHA256 with the bare key
 * over the exact body bytes, written exactly as the official sample writes it
 * ({@code sign_type="HMAC-SHA256", signature= "<base64>"}).
 */
public final class BodySign {

    public static final String HEADER = "Body-Sign";

    private static final Pattern FORMAT =
            Pattern.compile("^\\s*sign_type=\"HMAC-SHA256\",\\s*signature=\\s*\"([A-Za-z0-9+/=]+)\"\\s*$");

    private BodySign() {
    }

    public static String signature(String key, byte[] body) {
        return Hmac.sha256Base64(key, body);
    }

    public static String header(String key, byte[] body) {
        return "sign_type=\"HMAC-SHA256\", signature= \"" + signature(key, body) + "\"";
    }

    /** The Base64 signature inside a header value, tolerant of the spacing variants; empty when malformed. */
    public static Optional<String> signatureOf(String headerValue) {
        if (headerValue == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(headerValue);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether a header value signs the body with the key (used by the marketplace emulator in tests). */
    public static boolean verify(String key, byte[] body, String headerValue) {
        return signatureOf(headerValue).map(s -> ConstantTime.exactEquals(signature(key, body), s)).orElse(false);
    }
}
