package org.kgconnector.saas.provisioning.control;

import org.kgconnector.persistence.job.JobAction;
import org.kgconnector.spi.InstanceEvent;

/** A claimed job, the instance event to hand to the provisioner, and whether the instance came by SaaS V2. */
public record JobWork(long jobId, JobAction action, InstanceEvent event, boolean v2) {
}
