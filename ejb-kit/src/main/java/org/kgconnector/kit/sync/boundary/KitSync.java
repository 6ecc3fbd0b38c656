package org.kgconnector.kit.sync.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.kgconnector.kit.sync.control.KitChanges;
import org.kgconnector.persistence.retry.ConstraintRetry;

/**
 * The five Kit syncs. Each commits before it returns; a concurrent duplicate that loses a unique constraint is
 * run again and finds the first one's rows. An undocumented {@code flag} changes nothing and answers success.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KitSync {

    @Inject
    KitChanges changes;

    public SyncOutcome tenantSync(KitCommands.TenantSync cmd) {
        return cmd.flag() == KitCommands.Flag.UNDOCUMENTED || cmd.flag() == KitCommands.Flag.CANCEL_AUTHORISATION
                ? SyncOutcome.undocumentedFlag() : ConstraintRetry.call(() -> changes.tenant(cmd));
    }

    public SyncOutcome applicationSync(KitCommands.ApplicationSync cmd) {
        return cmd.flag() == KitCommands.Flag.UNDOCUMENTED || cmd.flag() == KitCommands.Flag.CANCEL_AUTHORISATION
                ? SyncOutcome.undocumentedFlag() : ConstraintRetry.call(() -> changes.application(cmd));
    }

    public SyncOutcome authSync(KitCommands.AuthSync cmd) {
        return cmd.flag() == KitCommands.Flag.UNDOCUMENTED ? SyncOutcome.undocumentedFlag()
                : ConstraintRetry.call(() -> changes.authorise(cmd));
    }

    public SyncOutcome singleOrgSync(KitCommands.SingleOrgSync cmd) {
        return cmd.flag() == KitCommands.Flag.UNDOCUMENTED || cmd.flag() == KitCommands.Flag.CANCEL_AUTHORISATION
                ? SyncOutcome.undocumentedFlag() : ConstraintRetry.call(() -> changes.department(cmd));
    }

    public SyncOutcome allOrgSync(KitCommands.AllOrgSync cmd) {
        return ConstraintRetry.call(() -> changes.allDepartments(cmd));
    }
}
