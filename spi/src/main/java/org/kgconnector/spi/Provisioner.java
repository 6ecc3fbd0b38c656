package org.kgconnector.spi;

/**
 * Provisions and manages the vendor's SaaS instances. Each method receives the instance as the connector knows
 * it and answers with a {@link ProvisioningResult}: done, try again later, or refused. A method that throws is
 * treated as "try again later". Calls are at-least-once: implementations must be idempotent per instance.
 */
public interface Provisioner {

    /** Creates the instance; a done result must carry the {@link AppInfo} the buyer uses. */
    ProvisioningResult create(InstanceEvent event);

    /** The instance's period was extended (or shortened) to {@link InstanceEvent#expireTime()}. */
    ProvisioningResult renew(InstanceEvent event);

    /** Suspends use of the instance; its data must be kept. */
    ProvisioningResult freeze(InstanceEvent event);

    /** Resumes use of a frozen instance. */
    ProvisioningResult unfreeze(InstanceEvent event);

    /** Deletes the instance and its data. */
    ProvisioningResult release(InstanceEvent event);

    /** Applies an upgrade order ({@link InstanceEvent#orderId()} is the upgrade order). */
    ProvisioningResult upgrade(InstanceEvent event);

    /**
     * Whether the instance can change to the product described by {@link InstanceEvent#productInfo()} (raw
     * JSON) at its next renewal. The default accepts every change.
     */
    default ProvisioningResult checkChange(InstanceEvent event) {
        return ProvisioningResult.done(null);
    }
}
