package org.kgconnector.protocol.crypto;

import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.kgconnector.protocol.json.JsonText;

/**
 * Compact RS256 JSON Web Signatures with one RSA key, and that key's public half as a JSON Web Key Set. RS256
 * (PKCS#1 v1.5) is deterministic: the same header and claims always give the same token.
 */
public final class RsaJws {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final KeyPair keys;
    private final String keyId;

    private RsaJws(KeyPair keys) {
        this.keys = keys;
        this.keyId = Hmac.digestHex(keys.getPublic().getEncoded()).substring(0, 16);
    }

    /** @throws IllegalArgumentException when the text is not an RSA private key in PKCS#8 PEM */
    public static RsaJws fromPem(String pem) {
        try {
            String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return new RsaJws(new KeyPair(rsa.generatePublic(
                    new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent())), key));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("not an RSA private key in PKCS#8 PEM");
        }
    }

    /** A fresh key of {@code bits} bits. */
    public static RsaJws generate(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(bits);
            return new RsaJws(generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is not available", e);
        }
    }

    /** The private key as PKCS#8 PEM, to store it (sealed) and read it back with {@link #fromPem}. */
    public String privateKeyPem() {
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(keys.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
    }

    public String keyId() {
        return keyId;
    }

    /** {@code base64url(header).base64url(claims).base64url(RS256)}; the header gets {@code alg} and {@code kid}. */
    public String sign(String type, JsonObject claims) {
        JsonObject header = JsonText.provider().createObjectBuilder().add("alg", "RS256").add("typ", type)
                .add("kid", keyId).build();
        String signingInput = part(header) + "." + part(claims);
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(keys.getPrivate());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RS256 signing failed", e);
        }
    }

    /** Whether a compact token was signed by this key (for tests and the vendor's own checks). */
    public boolean verifies(String token) {
        int last = token.lastIndexOf('.');
        if (last < 0) {
            return false;
        }
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(keys.getPublic());
            rs256.update(token.substring(0, last).getBytes(StandardCharsets.US_ASCII));
            return rs256.verify(Base64.getUrlDecoder().decode(token.substring(last + 1)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The public key as a JSON Web Key Set. */
    public JsonObject jwks() {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        return JsonText.provider().createObjectBuilder().add("keys", JsonText.provider().createArrayBuilder()
                .add(JsonText.provider().createObjectBuilder().add("kty", "RSA").add("use", "sig").add("alg", "RS256")
                        .add("kid", keyId).add("n", unsigned(key.getModulus())).add("e", unsigned(key.getPublicExponent()))))
                .build();
    }

    private static String part(JsonObject json) {
        return URL.encodeToString(JsonText.toAsciiJson(json).getBytes(StandardCharsets.US_ASCII));
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
        byte[] trimmed = new byte[bytes.length - skip];
        System.arraycopy(bytes, skip, trimmed, 0, trimmed.length);
        return URL.encodeToString(trimmed);
    }
}
