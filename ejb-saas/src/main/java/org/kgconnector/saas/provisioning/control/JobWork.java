package org.kgconnector.saas.provisioning.control;

import org.kgconnector.persistence.job.JobAction;
import org.kgconnector.spi.InstanceEvent;

/** A claimed job and the instance event to hand to the provisioner. */
public record JobWork(long jobId, JobAction action, InstanceEvent event) {
}
