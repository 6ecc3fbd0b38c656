package org.kgconnector.saas.provisioning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.literal.NamedLiteral;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.spi.Provisioner;

/**
 * Chooses the provisioner of an event: the one named by {@code koogallery.provisioning.provisioner} for real
 * calls, the built-in one for test calls unless {@code koogallery.test-calls.provision} is true.
 */
@ApplicationScoped
public class ProvisionerSelector {

    @Inject
    @ConfigProperty(name = "koogallery.provisioning.provisioner", defaultValue = ConfigProvisioner.NAME)
    String configured;

    @Inject
    ConnectorSettings settings;

    @Inject
    ConfigProvisioner builtIn;

    @Inject
    @Any
    Instance<Provisioner> provisioners;

    /**
     * @throws IllegalStateException when no CDI bean has the configured name; the job then retries, so that a
     *                               redeployment with the vendor's jar resumes it
     */
    public Provisioner forEvent(boolean test) {
        if ((test && !settings.testCallsProvision()) || ConfigProvisioner.NAME.equals(configured)) {
            return builtIn;
        }
        Instance<Provisioner> named = provisioners.select(NamedLiteral.of(configured));
        if (!named.isResolvable()) {
            throw new IllegalStateException("no single Provisioner bean is named '" + configured
                    + "' (koogallery.provisioning.provisioner)");
        }
        return named.get();
    }
}
