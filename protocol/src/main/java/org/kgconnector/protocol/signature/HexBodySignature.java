package org.kgconnector.protocol.signature;

import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.Optional;
import org.kgconnector.protocol.crypto.ConstantTime;
import org.kgconnector.protocol.crypto.Hmac;
import org.kgconnector.protocol.json.CanonicalJson;

/**
 * The two hex-HMAC schemes over a JSON body plus nonce and timestamp: the V2 base scheme (SaaS V2, online
 * License, license-code 2.0, orderNotify) and the Kit V2 {@code x-sign} scheme. Verification follows decision 1 of
 * docs/protocol/decisions.md as the configured {@link PayloadForm} allows: the raw bytes first, before the body is
 * parsed, then the canonical payload.
 */
public enum HexBodySignature {

    /** {@code hex(HMAC(key, key + nonce + timestamp + lowerhex(HMAC(key, payload))))}. */
    BASE {
        @Override
        public String sign(String key, String nonce, String timestamp, byte[] payload) {
            String inner = Hmac.sha256Hex(key, payload);
            return Hmac.sha256Hex(key,
                    Hmac.utf8(key + nonce + timestamp + inner));
        }
    },

    /** {@code hex(HMAC(key, key + nonce + timestamp + payload))}. */
    KIT {
        @Override
        public String sign(String key, String nonce, String timestamp, byte[] payload) {
            byte[] prefix = Hmac.utf8(key + nonce + timestamp);
            byte[] data = new byte[prefix.length + payload.length];
            System.arraycopy(prefix, 0, data, 0, prefix.length);
            System.arraycopy(payload, 0, data, prefix.length, payload.length);
            return Hmac.sha256Hex(key, data);
        }
    };

    /** Lower-case hex signature of the payload bytes. */
    public abstract String sign(String key, String nonce, String timestamp, byte[] payload);

    /**
     * Checks a received signature; returns which payload form matched, or empty. The raw bytes are tried first,
     * without parsing; the canonical form only when they do not match. A match over raw bytes that are already in
     * canonical form is reported as {@link PayloadForm#CANONICAL}: the form the sender used.
     *
     * @param parsed the body parsed as a JSON object, or {@code null} when it is not one (then only the raw
     *               bytes can match)
     */
    public Optional<PayloadForm> verify(String key, String nonce, String timestamp, byte[] rawBody, JsonObject parsed,
                                        String received, PayloadForm allowed) {
        if (allowed.triesRaw() && matchesRaw(key, nonce, timestamp, rawBody, received)) {
            return Optional.of(formOfRaw(rawBody, parsed));
        }
        if (allowed.triesCanonical() && matchesCanonical(key, nonce, timestamp, parsed, received)) {
            return Optional.of(PayloadForm.CANONICAL);
        }
        return Optional.empty();
    }

    /** Whether the signature is over the body's bytes as they arrived. */
    public boolean matchesRaw(String key, String nonce, String timestamp, byte[] rawBody, String received) {
        return received != null && !received.isBlank()
                && ConstantTime.hexEquals(sign(key, nonce, timestamp, rawBody), received);
    }

    /** Whether the signature is over the canonical form of the parsed body (false when there is none). */
    public boolean matchesCanonical(String key, String nonce, String timestamp, JsonObject parsed, String received) {
        return received != null && !received.isBlank() && parsed != null
                && ConstantTime.hexEquals(sign(key, nonce, timestamp, CanonicalJson.topLevelSorted(parsed)), received);
    }

    /** The form of raw bytes that matched: canonical when they are exactly the canonical form of the body. */
    public static PayloadForm formOfRaw(byte[] rawBody, JsonObject parsed) {
        return parsed != null && Arrays.equals(rawBody, CanonicalJson.topLevelSorted(parsed))
                ? PayloadForm.CANONICAL : PayloadForm.RAW;
    }
}
