package org.kgconnector.saas.usage.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.kgconnector.saas.usage.control.UsagePushStore;

/** What the operator does with a usage dead letter once its cause is corrected: push it again, unchanged. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UsageDeadLetters {

    @Inject
    UsagePushStore store;

    /** Puts the dead letter back in line (same record, value and {@code metering_sn}); false when it is none. */
    public boolean repush(long recordId) {
        return store.repush(recordId);
    }
}
