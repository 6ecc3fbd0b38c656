package org.kgconnector.protocol.signature;

import org.kgconnector.protocol.crypto.Hmac;

/**
 * The {@code signature} header of the new usage push: {@code base64(HMAC(baseKey, "ts={ts}&nonce={nonce}&body={body}"))}
 * over the body exactly as sent (build it with {@code CanonicalJson.deepSortedStrings}).
 */
public final class UsagePushSignature {

    private UsagePushSignature() {
    }

    public static String sign(String key, String ts, String nonce, String body) {
        return Hmac.sha256Base64(key, Hmac.utf8("ts=" + ts + "&nonce=" + nonce + "&body=" + body));
    }
}
