package org.kgconnector.protocol.signature;

import jakarta.json.JsonObject;
import java.util.Optional;
import org.kgconnector.protocol.crypto.ConstantTime;
import org.kgconnector.protocol.crypto.Hmac;
import org.kgconnector.protocol.json.CanonicalJson;

/**
 * The two hex-HMAC schemes over a JSON body plus nonce and timestamp: the V2 base scheme (SaaS V2, online
 * License, license-code 2.0, orderNotify) and the Kit V2 {@code x-sign} scheme. Verification follows decision 1 of docs/protocol/decisions.md:
 * the canonical payload first, then the raw bytes, as the configured {@link PayloadForm} allows.
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
     * Checks a received signature; returns which payload form matched, or empty.
     *
     * @param parsed the body parsed as a JSON object, or {@code null} when it is not one (then only the raw
     *               bytes can match)
     */
    public Optional<PayloadForm> verify(String key, String nonce, String timestamp, byte[] rawBody, JsonObject parsed,
                                        String received, PayloadForm allowed) {
        if (received == null || received.isBlank()) {
            return Optional.empty();
        }
        if (allowed.triesCanonical() && parsed != null
                && ConstantTime.hexEquals(sign(key, nonce, timestamp, CanonicalJson.topLevelSorted(parsed)), received)) {
            return Optional.of(PayloadForm.CANONICAL);
        }
        if (allowed.triesRaw() && ConstantTime.hexEquals(sign(key, nonce, timestamp, rawBody), received)) {
            return Optional.of(PayloadForm.RAW);
        }
        return Optional.empty();
    }
}
