package org.kgconnector.licensing.online.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObjectBuilder;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.spi.IssuedLicense;
import org.kgconnector.spi.LicenseIssuer;
import org.kgconnector.spi.LicenseRequest;

/**
 * The built-in issuer ({@code koogallery.license.issuer=signed}): an RS256 JWS over the instance, order, product,
 * validity ({@code nbf}/{@code exp}, epoch seconds), device fingerprint ({@code fp}) and event, which the vendor's
 * software verifies with the published key. The same request always yields the same document.
 */
@ApplicationScoped
@Named(SignedLicenseIssuer.NAME)
public class SignedLicenseIssuer implements LicenseIssuer {

    public static final String NAME = "signed";
    static final String ISSUER = "koogallery-connector";

    @Inject
    LicenseSigningKey key;

    @Override
    public IssuedLicense issue(LicenseRequest request) {
        JsonObjectBuilder claims = JsonText.provider().createObjectBuilder().add("iss", ISSUER)
                .add("sub", request.instanceId());
        add(claims, "order", request.orderId());
        add(claims, "product", request.productId());
        add(claims, "sku", request.skuCode());
        if (request.effectiveTime() != null) {
            claims.add("nbf", request.effectiveTime().getEpochSecond());
        }
        if (request.expireTime() != null) {
            claims.add("exp", request.expireTime().getEpochSecond());
        }
        add(claims, "fp", request.deviceFingerprint());
        add(claims, "evt", request.eventId());
        claims.add("test", request.test());
        return IssuedLicense.text(key.key().sign("license+jwt", claims.build()), "license-" + request.instanceId() + ".jwt");
    }

    private static void add(JsonObjectBuilder claims, String name, String value) {
        if (value != null) {
            claims.add(name, value);
        }
    }
}
