package org.kgconnector.saas.instance.control;

import org.kgconnector.persistence.instance.Provisioning;

/**
 * The instance of an order line, as the transaction that created or found it left it.
 *
 * @param instanceId  the instance id, the first {@code businessId} of the order line
 * @param createJobId the instance's create job, written by this call or found with the instance (null only for an
 *                    instance older than its jobs)
 * @param createdNow  whether this call created the instance and so its create job
 * @param provisioning the provisioning state when the transaction committed
 */
public record Created(String instanceId, Long createJobId, boolean createdNow, Provisioning provisioning) {
}
