package org.kgconnector.web.sso.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.kgconnector.kit.sso.boundary.SsoIdentity;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.platform.keys.SharedSigningKeys;
import org.kgconnector.protocol.crypto.RsaJws;
import org.kgconnector.protocol.json.JsonText;

/**
 * Signs the hand-off token (RS256 JWT, five minutes, with an audience) that a MicroProfile JWT application can
 * verify with the JWKS this class publishes. The key is {@code koogallery.sso.signing-key} (PKCS#8 PEM), or the
 * shared key {@code sso} ({@link SharedSigningKeys}: generated once, kept sealed in the database), so that every node
 * of a cluster signs with the same key and a token issued by one verifies with the JWKS of another.
 */
@ApplicationScoped
public class HandOffTokens {

    public static final String ISSUER = "koogallery-connector";
    /** The audience of a renewed token whose application has no address any more (its setting was removed). */
    public static final String ISSUER_URL = "urn:koogallery-connector";
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    static final String KEY_NAME = "sso";

    @Inject
    ConnectorSettings settings;

    @Inject
    SharedSigningKeys keys;

    private RsaJws jws() {
        return keys.key(KEY_NAME, settings.ssoSigningKey(), "koogallery.sso.signing-key");
    }

    /**
     * The token for the identity, for the application at {@code audience}: {@code sub} and {@code upn} the user
     * qualified by the tenant ({@code <tenantId>/<userName>}: alice of one tenant is not alice of another to a
     * MicroProfile JWT application), {@code userName} the bare name, {@code groups} the role, tenant and more.
     */
    public String issue(SsoIdentity who, String audience) {
        Instant now = Instant.now();
        String subject = who.tenantId() + "/" + who.userName();
        JsonObjectBuilder claims = JsonText.provider().createObjectBuilder()
                .add("iss", ISSUER).add("aud", audience).add("sub", subject).add("upn", subject)
                .add("userName", who.userName())
                .add("groups", JsonText.provider().createArrayBuilder().add(who.role()))
                .add("tenant", who.tenantId()).add("app", who.appId()).add("role", who.role()).add("name", who.name())
                .add("test", who.test())
                .add("iat", now.getEpochSecond()).add("exp", now.plus(LIFETIME).getEpochSecond())
                .add("jti", UUID.randomUUID().toString());
        if (who.organizationCode() != null) {
            claims.add("organizationCode", who.organizationCode());
        }
        if (who.email() != null) {
            claims.add("email", who.email());
        }
        return jws().sign("JWT", claims.build());
    }

    /**
     * The audience of tokens for an application: {@code koogallery.sso.audience} when set, else the origin of the
     * address the user is handed to.
     */
    public String audienceFor(String handOffUrl) {
        return settings.ssoAudience().orElseGet(() -> HandOffPage.originOf(handOffUrl).orElse(handOffUrl));
    }

    /** The public key as a JSON Web Key Set. */
    public JsonObject jwks() {
        return jws().jwks();
    }

    public long lifetimeSeconds() {
        return LIFETIME.toSeconds();
    }
}
