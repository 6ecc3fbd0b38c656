package org.kgconnector.licensing.online.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.spi.LicenseIssuer;

/**
 * Chooses the issuer of a license: the one named by {@code koogallery.license.issuer} for real calls, the
 * built-in one for test calls unless {@code koogallery.test-calls.provision} is true (decision 11 of docs/protocol/decisions.md).
 */
@ApplicationScoped
public class IssuerSelector {

    @Inject
    @ConfigProperty(name = "koogallery.license.issuer", defaultValue = SignedLicenseIssuer.NAME)
    String configured;

    @Inject
    ConnectorSettings settings;

    @Inject
    SignedLicenseIssuer builtIn;

    @Inject
    @Any
    Instance<LicenseIssuer> issuers;

    /** @throws IllegalStateException when no CDI bean has the configured name (the work is retried) */
    public LicenseIssuer forCall(boolean test) {
        if ((test && !settings.testCallsProvision()) || SignedLicenseIssuer.NAME.equals(configured)) {
            return builtIn;
        }
        Instance<LicenseIssuer> named = issuers.select(NamedLiteral.of(configured));
        if (!named.isResolvable()) {
            throw new IllegalStateException("no single LicenseIssuer bean is named '" + configured
                    + "' (koogallery.license.issuer)");
        }
        return named.get();
    }
}
