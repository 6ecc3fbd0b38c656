package org.kgconnector.licensing.code.control;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kgconnector.persistence.license.LicenseCode;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.persistence.retry.ConstraintRetry;
import org.kgconnector.platform.marketplace.MarketplaceUnavailable;

/**
 * Brings a code's state up to date with the query API. A code that was never activated, or is released, is not
 * asked about (the API would answer "not activated", and release is final).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CodeRefresher {

    private static final Logger LOG = ConnectorLog.logger(CodeRefresher.class);

    @Inject
    LicenseApi api;

    @Inject
    CodeChanges changes;

    /** After a callback: refreshed in the background; if that fails the code stays due for the next check. */
    @Asynchronous
    public void refreshLater(String license) {
        LicenseCode code = changes.find(license);
        if (code == null || !code.isActivated() || code.isReleased()) {
            return;
        }
        try {
            ConstraintRetry.call(() -> refresh(license));
        } catch (MarketplaceUnavailable e) {
            LOG.log(Level.FINE, "license code refresh postponed: {0}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "license code refresh postponed to the next check", e);
        }
    }

    /**
     * Asks the marketplace and stores its answer.
     *
     * @throws MarketplaceUnavailable when it cannot be asked now
     */
    public LicenseApi.Queried refresh(String license) {
        Instant askedAt = Instant.now();
        LicenseApi.Queried queried = api.query(license);
        if (queried.details() != null) {
            changes.queried(license, queried.details(), askedAt);
        } else {
            changes.marketplaceError(license, queried.describe());
        }
        return queried;
    }
}
