package org.kgconnector.saas.instance.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kgconnector.persistence.instance.Lifecycle;
import org.kgconnector.persistence.instance.Provisioning;
import org.kgconnector.persistence.instance.SaasInstance;
import org.kgconnector.protocol.log.CallbackRef;
import org.kgconnector.persistence.retry.ConstraintRetry;
import org.kgconnector.persistence.secrets.Secrets;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.platform.work.WorkKind;
import org.kgconnector.platform.work.WorkSignals;
import org.kgconnector.protocol.result.ResultCode;
import org.kgconnector.protocol.time.Arrival;
import org.kgconnector.saas.instance.control.Created;
import org.kgconnector.saas.instance.control.InstanceChanges;
import org.kgconnector.saas.instance.control.InstanceQueries;
import org.kgconnector.saas.provisioning.control.ConfigProvisioner;
import org.kgconnector.saas.provisioning.control.ProvisionerSelector;
import org.kgconnector.saas.provisioning.control.ProvisioningJobs;
import org.kgconnector.spi.AppInfo;
import org.kgconnector.spi.InstanceEvent;
import org.kgconnector.spi.ProvisioningResult;

/**
 * The SaaS V2 activities. Every change commits before the method returns; only {@code newInstance} then waits,
 * up to {@code koogallery.provisioning.budget} counted from the callback's arrival, for its provisioning job
 * (decision 10 of docs/protocol/decisions.md).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InstanceLifecycle {

    @Inject
    InstanceChanges changes;

    @Inject
    InstanceQueries queries;

    @Inject
    ProvisioningJobs jobs;

    @Inject
    WorkSignals signals;

    @Inject
    ProvisionerSelector selector;

    @Inject
    ConfigProvisioner builtIn;

    @Inject
    Secrets secrets;

    @Inject
    ConnectorSettings settings;

    /** Creates the instance (or finds the one a duplicate created) and waits for its provisioning within the budget. */
    public CallbackOutcome newInstance(Commands.NewInstance cmd, Arrival arrival) {
        Created created = ConstraintRetry.call(() -> changes.createOrFind(cmd));
        Provisioning state = awaitProvisioning(created, arrival);
        return switch (state) {
            case DONE -> CallbackOutcome.forInstance(ResultCode.SUCCESS, ResultCode.SUCCESS.defaultMessage(),
                    created.instanceId());
            case PENDING -> CallbackOutcome.forInstance(ResultCode.PROCESSING, "the instance is being provisioned.",
                    created.instanceId());
            case FAILED -> failed(queries.find(created.instanceId()));
        };
    }

    public CallbackOutcome queryInstance(Commands.QueryInstance cmd) {
        Map<String, SaasInstance> found = queries.byIds(cmd.instanceIds());
        List<CallbackOutcome.InstanceInfo> info = new ArrayList<>();
        SaasInstance failed = null;
        String pending = null;
        for (String id : cmd.instanceIds()) {
            SaasInstance instance = found.get(id);
            boolean gone = instance == null || (instance.getLifecycle() == Lifecycle.RELEASED && !instance.isTestCall());
            if (gone) {
                if (!cmd.test()) {
                    return CallbackOutcome.of(ResultCode.INSTANCE_NOT_FOUND, "instance " + id + " does not exist.");
                }
                info.add(new CallbackOutcome.InstanceInfo(id, builtIn.describe(id)));
            } else if (instance.getProvisioning() == Provisioning.FAILED) {
                failed = instance;
            } else if (instance.getProvisioning() == Provisioning.PENDING) {
                pending = id;
            } else {
                info.add(new CallbackOutcome.InstanceInfo(id, appInfo(instance)));
            }
        }
        if (failed != null) {
            return CallbackOutcome.of(ResultCode.INTERNAL_ERROR, "provisioning of instance " + failed.getInstanceId()
                    + " failed.");
        }
        if (pending != null) {
            return CallbackOutcome.of(ResultCode.PROCESSING, "instance " + pending + " is being provisioned.");
        }
        return CallbackOutcome.withInfo(info);
    }

    public CallbackOutcome refreshInstance(Commands.RefreshInstance cmd) {
        return ConstraintRetry.call(() -> changes.refresh(cmd));
    }

    public CallbackOutcome updateInstanceStatus(Commands.UpdateInstanceStatus cmd) {
        return ConstraintRetry.call(() -> changes.changeStatus(cmd));
    }

    public CallbackOutcome releaseInstance(Commands.ReleaseInstance cmd) {
        return ConstraintRetry.call(() -> changes.release(cmd));
    }

    public CallbackOutcome upgradeInstance(Commands.UpgradeInstance cmd) {
        return ConstraintRetry.call(() -> changes.upgrade(cmd));
    }

    /** Asks the provisioner whether the change is possible; only a refusal is answered with an error. */
    public CallbackOutcome changeInstanceCheck(Commands.ChangeInstanceCheck cmd) {
        SaasInstance instance = queries.find(cmd.instanceId());
        if (instance == null || instance.getLifecycle() == Lifecycle.RELEASED) {
            return CallbackOutcome.of(cmd.test() ? ResultCode.SUCCESS : ResultCode.INSTANCE_NOT_FOUND);
        }
        InstanceEvent event = new InstanceEvent(instance.getInstanceId(), null, null, instance.getProductId(),
                instance.getExpireTime(), instance.isTestCall() || cmd.test(), cmd.productInfo());
        ProvisioningResult answer = selector.forEvent(event.test()).checkChange(event);
        if (answer == null || answer.outcome() == ProvisioningResult.Outcome.DONE) {
            return CallbackOutcome.of(ResultCode.SUCCESS);
        }
        String reason = answer.message() == null ? "the change is not possible." : answer.message();
        return CallbackOutcome.of(ResultCode.INTERNAL_ERROR, reason);
    }

    /**
     * Runs the create job this call wrote, and waits for the instance's create job to finish, woken when it does on
     * this node (or at once when it did already), at most until the budget counted from the arrival is spent; the
     * state is read once more only when the job was still pending as the creating transaction committed.
     */
    private Provisioning awaitProvisioning(Created created, Arrival arrival) {
        if (created.provisioning() != Provisioning.PENDING || created.createJobId() == null) {
            return created.provisioning();
        }
        WorkSignals.Watched finished = signals.watch(WorkKind.PROVISIONING, created.createJobId());
        try {
            if (created.createdNow()) {
                jobs.runAsync(created.createJobId(), CallbackRef.current());
            }
            signals.await(finished, arrival.remainingOf(settings.provisioningBudget()));
            return queries.provisioning(created.instanceId());
        } finally {
            signals.forget(finished);
        }
    }

    private CallbackOutcome failed(SaasInstance instance) {
        ResultCode code = instance.getProvisioningCode() == null ? ResultCode.INTERNAL_ERROR
                : ResultCode.ofCode(instance.getProvisioningCode());
        String message = instance.getProvisioningError() == null ? code.defaultMessage() : instance.getProvisioningError();
        return CallbackOutcome.forInstance(code, message, instance.getInstanceId());
    }

    private AppInfo appInfo(SaasInstance instance) {
        return new AppInfo(instance.getFrontEndUrl(), instance.getAdminUrl(), instance.getUserName(),
                secrets.box().open(instance.getPasswordSealed()), instance.getMemo());
    }
}
