package org.kgconnector.licensing.code.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.kgconnector.licensing.LicenseOutcome;
import org.kgconnector.licensing.code.control.CodeChanges;
import org.kgconnector.licensing.code.control.CodeRefresher;
import org.kgconnector.persistence.retry.ConstraintRetry;
import org.kgconnector.protocol.result.ResultCode;

/**
 * The license-code callbacks. Each change commits before the answer; a change that moved a code also asks the
 * marketplace's query API for the code's own word on it, in the background.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LicenseCodeCallbacks {

    @Inject
    CodeChanges changes;

    @Inject
    CodeRefresher refresher;

    public LicenseOutcome refresh(CodeCommands.Refresh cmd) {
        return answered(cmd.license(), ConstraintRetry.call(() -> changes.refresh(cmd)));
    }

    public LicenseOutcome updateStatus(CodeCommands.Status cmd) {
        return answered(cmd.license(), ConstraintRetry.call(() -> changes.status(cmd)));
    }

    public LicenseOutcome release(CodeCommands.Release cmd) {
        return answered(cmd.license(), ConstraintRetry.call(() -> changes.release(cmd)));
    }

    private LicenseOutcome answered(String license, boolean changed) {
        if (changed) {
            refresher.refreshLater(license);
        }
        return LicenseOutcome.of(ResultCode.SUCCESS);
    }
}
