package org.kgconnector.spi;

/**
 * Provisions and manages the vendor's SaaS instances. Each method receives the instance as the connector knows
 * it and answers with a {@link ProvisioningResult}: done, try again later, or refused. A method that throws is
 * treated as "try again later". Calls are at-least-once: implementations must be idempotent per instance.
 * Only {@link #create} must be written; the other steps need nothing of the vendor unless overridden.
 */
public interface Provisioner {

    /** Creates the instance; a done result must carry the {@link AppInfo} the buyer uses. */
    ProvisioningResult create(InstanceEvent event);

    /** The instance's period was extended (or shortened) to {@link InstanceEvent#expireTime()}. */
    default ProvisioningResult renew(InstanceEvent event) {
        return ProvisioningResult.done(null);
    }

    /** Suspends use of the instance; its data must be kept. */
    default ProvisioningResult freeze(InstanceEvent event) {
        return ProvisioningResult.done(null);
    }

    /** Resumes use of a frozen instance. */
    default ProvisioningResult unfreeze(InstanceEvent event) {
        return ProvisioningResult.done(null);
    }

    /** Deletes the instance and its data. */
    default ProvisioningResult release(InstanceEvent event) {
        return ProvisioningResult.done(null);
    }

    /** Applies an upgrade order ({@link InstanceEvent#orderId()} is the upgrade order). */
    default ProvisioningResult upgrade(InstanceEvent event) {
        return ProvisioningResult.done(null);
    }

    /**
     * Whether the instance can change to the product described by {@link InstanceEvent#productInfo()} (raw
     * JSON) at its next renewal. The default accepts every change.
     */
    default ProvisioningResult checkChange(InstanceEvent event) {
        return ProvisioningResult.done(null);
    }
}
