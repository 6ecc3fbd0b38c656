package org.kgconnector.saas.instance.control;

/**
 * The instance of an order line.
 *
 * @param instanceId the instance id, the first {@code businessId} of the order line
 * @param createJobId the create job written by this call, or null when the instance existed already
 */
public record Created(String instanceId, Long createJobId) {

    /** Whether this call created the instance (and so its create job). */
    public boolean createdNow() {
        return createJobId != null;
    }
}
