package org.kgconnector.web.sso.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kgconnector.kit.sso.boundary.SsoIdentity;
import org.kgconnector.protocol.crypto.Hmac;
import org.kgconnector.protocol.json.JsonText;

/**
 * Signs the hand-off token (RS256 JWT, five minutes) that a MicroProfile JWT application can verify with the
 * JWKS this class publishes. The key is {@code koogallery.sso.signing-key} (PKCS#8 PEM), or one generated at
 * start-up — then every node has its own, so a cluster must set the property.
 */
@ApplicationScoped
public class HandOffTokens {

    public static final String ISSUER = "koogallery-connector";
    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final Logger LOG = Logger.getLogger(HandOffTokens.class.getName());

    @Inject
    @ConfigProperty(name = "koogallery.sso.signing-key")
    Optional<String> configuredKey;

    private KeyPair keys;
    private String keyId;

    @PostConstruct
    void init() {
        try {
            keys = configuredKey.isPresent() ? fromPem(configuredKey.get()) : generated();
            keyId = Hmac.digestHex(keys.getPublic().getEncoded()).substring(0, 16);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("koogallery.sso.signing-key is not an RSA private key in PKCS#8 PEM");
        }
    }

    private static KeyPair generated() throws GeneralSecurityException {
        LOG.warning("koogallery.sso.signing-key is not set: hand-off tokens are signed with a key generated at start-up;"
                + " set it on every node of a cluster");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static KeyPair fromPem(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        return new KeyPair(rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent())), key);
    }

    /** The token for the identity: {@code sub}/{@code upn} the user, {@code groups} the role, tenant and more. */
    public String issue(SsoIdentity who) {
        Instant now = Instant.now();
        JsonObjectBuilder claims = JsonText.provider().createObjectBuilder()
                .add("iss", ISSUER).add("sub", who.userName()).add("upn", who.userName())
                .add("groups", JsonText.provider().createArrayBuilder().add(who.role()))
                .add("tenant", who.tenantId()).add("role", who.role()).add("name", who.name())
                .add("test", who.test())
                .add("iat", now.getEpochSecond()).add("exp", now.plus(LIFETIME).getEpochSecond())
                .add("jti", UUID.randomUUID().toString());
        if (who.organizationCode() != null) {
            claims.add("organizationCode", who.organizationCode());
        }
        if (who.email() != null) {
            claims.add("email", who.email());
        }
        JsonObject header = JsonText.provider().createObjectBuilder().add("alg", "RS256").add("typ", "JWT")
                .add("kid", keyId).build();
        String signingInput = part(header) + "." + part(claims.build());
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(keys.getPrivate());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RS256 signing failed", e);
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

    public long lifetimeSeconds() {
        return LIFETIME.toSeconds();
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
