package org.kgconnector.platform.orders;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.kgconnector.persistence.retry.ConstraintRetry;

/**
 * Records {@code orderNotify} callbacks, whichever production address they reach (decision 13 of docs/protocol/decisions.md): once per order line,
 * with a job that fetches the order afterwards when the AK/SK are configured and the call is real.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderNotifications {

    @Inject
    OrderNotificationStore store;

    /** Records the notice; a retried or concurrent duplicate finds the first one. */
    public void record(OrderNotice notice) {
        ConstraintRetry.call(() -> {
            store.record(notice);
            return null;
        });
    }
}
