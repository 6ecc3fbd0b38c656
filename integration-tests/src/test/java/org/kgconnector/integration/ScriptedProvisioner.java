package org.kgconnector.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.kgconnector.spi.AppInfo;
import org.kgconnector.spi.InstanceEvent;
import org.kgconnector.spi.Provisioner;
import org.kgconnector.spi.ProvisioningResult;

/**
 * A vendor provisioner whose behaviour the order id chooses: {@code SLOW…} takes two seconds, {@code REFUSE…}
 * refuses with {@code 000100}, {@code FAIL…} throws every time; anything else succeeds at once. A test call that
 * reaches it is refused loudly, so that a test can tell.
 */
@ApplicationScoped
@Named("scripted")
public class ScriptedProvisioner implements Provisioner {

    @Override
    public ProvisioningResult create(InstanceEvent event) {
        if (event.test()) {
            return ProvisioningResult.refused("000005", "a test call reached the vendor's provisioner");
        }
        String order = event.orderId();
        if (order.startsWith("SLOW")) {
            pause();
        } else if (order.startsWith("REFUSE")) {
            return ProvisioningResult.refused("000100", "no capacity left in region");
        } else if (order.startsWith("FAIL")) {
            throw new IllegalStateException("the vendor back end is down");
        }
        return ProvisioningResult.done(new AppInfo("https://vendor.example.com/" + event.instanceId(), null, "owner",
                "initial-secret", null));
    }

    private static void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
