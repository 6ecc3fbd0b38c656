package org.kgconnector.licensing.online.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kgconnector.licensing.LicenseOutcome;
import org.kgconnector.licensing.online.control.IssuerSelector;
import org.kgconnector.licensing.online.control.LicenseChanges;
import org.kgconnector.persistence.license.LicenseInstance;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.persistence.retry.ConstraintRetry;
import org.kgconnector.protocol.result.ResultCode;
import org.kgconnector.spi.LicenseRequest;

/**
 * The legacy License activities (docs/protocol/license.md §3). {@code getLicense} issues the order's license once and answers
 * it with the instance id; a retried or concurrent call for the same order gets the same license back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LegacyLicenses {

    private static final Logger LOG = ConnectorLog.logger(LegacyLicenses.class);

    @Inject
    LicenseChanges changes;

    @Inject
    IssuerSelector issuers;

    public LicenseOutcome getLicense(LicenseCommands.GetLicense cmd) {
        LicenseInstance instance = ConstraintRetry.call(() -> changes.createLegacy(cmd));
        String license = instance.getLicenseText();
        if (license == null) {
            String issued;
            try {
                issued = issuers.forCall(instance.isTestCall()).issue(new LicenseRequest(instance.getInstanceId(),
                        cmd.orderId(), instance.getProductId(), instance.getSkuCode(), null, instance.getExpireTime(),
                        null, null, instance.isTestCall())).asText();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the license of order " + cmd.orderId() + " could not be issued", e);
                return LicenseOutcome.of(ResultCode.INTERNAL_ERROR, "the license could not be issued now.");
            }
            license = ConstraintRetry.call(() -> changes.keepLicense(instance.getInstanceId(), issued));
        }
        return new LicenseOutcome(ResultCode.SUCCESS, ResultCode.SUCCESS.defaultMessage(), instance.getInstanceId(), license);
    }

    public LicenseOutcome refreshLicense(LicenseCommands.Renew cmd) {
        return OnlineLicenses.answered(ConstraintRetry.call(() -> changes.renew(cmd)), cmd.test(), cmd.instanceId());
    }

    public LicenseOutcome expireLicense(LicenseCommands.Status cmd) {
        return OnlineLicenses.answered(ConstraintRetry.call(() -> changes.status(cmd)), cmd.test(), cmd.instanceId());
    }

    public LicenseOutcome releaseLicense(LicenseCommands.Release cmd) {
        ConstraintRetry.call(() -> changes.release(cmd));
        return LicenseOutcome.of(ResultCode.SUCCESS);
    }
}
