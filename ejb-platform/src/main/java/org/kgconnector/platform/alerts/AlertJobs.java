package org.kgconnector.platform.alerts;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.kgconnector.persistence.outbound.OutboundKind;
import org.kgconnector.platform.work.OutboundJobStore;

/**
 * The alert's outbound job, in a transaction of its own: kind {@code ALERT}, subject the cause, line the period,
 * payload the alert's body; an alert of the same cause and period already written stays as it is.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AlertJobs {

    @Inject
    OutboundJobStore store;

    /** @return the id of the cause's job in the alert's period */
    public long write(Alert alert) {
        return store.ensure(OutboundKind.ALERT, alert.cause(), alert.period().key(), alert.json()).getId();
    }
}
