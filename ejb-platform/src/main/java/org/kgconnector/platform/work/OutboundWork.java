package org.kgconnector.platform.work;

import org.kgconnector.persistence.outbound.OutboundJob;
import org.kgconnector.persistence.outbound.OutboundKind;

/**
 * The handler of one kind of outbound job: a CDI bean of the module that owns the work (the platform fetches
 * orders, licensing uploads licenses). {@link OutboundJobs} claims the job and records the result; the handler
 * only does the work and says how it ended.
 */
public interface OutboundWork {

    /** The kind of job this handler runs. */
    OutboundKind kind();

    /** Makes the call the job stands for; a {@code MarketplaceUnavailable} thrown here is retried with back-off. */
    WorkOutcome run(OutboundJob job);
}
