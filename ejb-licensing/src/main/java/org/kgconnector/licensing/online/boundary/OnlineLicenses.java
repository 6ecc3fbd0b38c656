package org.kgconnector.licensing.online.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.kgconnector.licensing.LicenseOutcome;
import org.kgconnector.licensing.online.control.GrantRules;
import org.kgconnector.licensing.online.control.LicenseChanges;
import org.kgconnector.licensing.online.control.LicenseSigningKey;
import org.kgconnector.persistence.instance.Lifecycle;
import org.kgconnector.persistence.license.LicenseGrant;
import org.kgconnector.persistence.license.LicenseInstance;
import org.kgconnector.protocol.log.CallbackRef;
import org.kgconnector.persistence.retry.ConstraintRetry;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.platform.work.OutboundJobs;
import org.kgconnector.platform.work.WorkKind;
import org.kgconnector.platform.work.WorkSignals;
import org.kgconnector.protocol.crypto.Hmac;
import org.kgconnector.protocol.result.ResultCode;
import org.kgconnector.protocol.time.Arrival;

/**
 * The online-License activities (docs/protocol/license.md §2.3). {@code newInstance} answers as soon as the instance is
 * recorded and fetches its order afterwards; {@code getLicenseAsync} waits up to the provisioning budget for its
 * license to be issued and uploaded ({@code 000000}), else answers {@code 000004} and the upload carries on.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OnlineLicenses {

    @Inject
    LicenseChanges changes;

    @Inject
    OutboundJobs jobs;

    @Inject
    LicenseSigningKey signingKey;

    @Inject
    WorkSignals signals;

    @Inject
    ConnectorSettings settings;

    public LicenseOutcome newInstance(LicenseCommands.NewInstance cmd) {
        LicenseChanges.Created created = ConstraintRetry.call(() -> changes.createOnline(cmd));
        if (created.fetchJobId() != null) {
            jobs.runAsync(created.fetchJobId(), CallbackRef.current());
        }
        return LicenseOutcome.forInstance(created.instance().getInstanceId());
    }

    public LicenseOutcome refreshInstance(LicenseCommands.Renew cmd) {
        return answered(ConstraintRetry.call(() -> changes.renew(cmd)), cmd.test(), cmd.instanceId());
    }

    public LicenseOutcome updateInstanceStatus(LicenseCommands.Status cmd) {
        return answered(ConstraintRetry.call(() -> changes.status(cmd)), cmd.test(), cmd.instanceId());
    }

    /** Release of an unknown instance answers {@code 000000} (decision 9 of docs/protocol/decisions.md). */
    public LicenseOutcome releaseInstance(LicenseCommands.Release cmd) {
        ConstraintRetry.call(() -> changes.release(cmd));
        return LicenseOutcome.of(ResultCode.SUCCESS);
    }

    static LicenseOutcome answered(LicenseChanges.Change change, boolean test, String instanceId) {
        return change == LicenseChanges.Change.UNKNOWN && !test
                ? LicenseOutcome.of(ResultCode.INSTANCE_NOT_FOUND, "instance " + instanceId + " does not exist.")
                : LicenseOutcome.of(ResultCode.SUCCESS);
    }

    /** The public keys (JWKS) that verify the built-in issuer's license documents. */
    public JsonObject licenseKeys() {
        return signingKey.key().jwks();
    }

    /** A test instance's applications are test traffic too (issued by the built-in issuer). */
    public LicenseOutcome getLicenseAsync(LicenseCommands.ApplyLicense request, Arrival arrival) {
        LicenseInstance instance = changes.find(request.instanceId());
        if (instance == null || instance.getLifecycle() == Lifecycle.RELEASED) {
            return request.test() ? LicenseOutcome.of(ResultCode.SUCCESS)
                    : LicenseOutcome.of(ResultCode.INSTANCE_NOT_FOUND, "instance " + request.instanceId() + " does not exist.");
        }
        LicenseCommands.ApplyLicense cmd = new LicenseCommands.ApplyLicense(request.instanceId(), request.eventId(),
                request.effectiveTime(), request.expireTime(), request.deviceFingerprint(),
                request.test() || instance.isTestCall());
        String fingerprint = Hmac.digestHex((cmd.deviceFingerprint() == null ? "" : cmd.deviceFingerprint())
                .getBytes(StandardCharsets.UTF_8));
        LicenseGrant grant = changes.grant(cmd.eventId(), fingerprint);
        if (grant == null) {
            ResultCode refused = GrantRules.check(cmd, instance, changes.order(instance.getOrderId(),
                    instance.getOrderLineId()), changes.devices(instance.getInstanceId()), fingerprint, settings.licenseFingerprintRequired());
            if (refused != null) {
                return LicenseOutcome.of(refused);
            }
            grant = ConstraintRetry.call(() -> changes.apply(cmd, fingerprint));
        }
        if (grant.getUploadedAt() != null) {
            return LicenseOutcome.of(ResultCode.SUCCESS);
        }
        Long jobId = changes.uploadJobId(grant.getId());
        return awaitUpload(grant.getId(), jobId, arrival)
                ? LicenseOutcome.of(ResultCode.SUCCESS)
                : LicenseOutcome.of(ResultCode.PROCESSING, "the license is being issued and uploaded.");
    }

    /**
     * Runs the grant's upload job and waits for the upload, woken when the job finishes on this node (or at once when it did already), at most until
     * the budget counted from the arrival is spent.
     */
    private boolean awaitUpload(long grantId, Long jobId, Arrival arrival) {
        if (jobId == null) {
            return uploaded(grantId);
        }
        WorkSignals.Watched finished = signals.watchNextAttempt(WorkKind.LICENSE_UPLOAD, jobId);
        try {
            jobs.runAsync(jobId, CallbackRef.current());
            signals.await(finished, arrival.remainingOf(settings.provisioningBudget()));
            return uploaded(grantId);
        } finally {
            signals.forget(finished);
        }
    }

    private boolean uploaded(long grantId) {
        return changes.grant(grantId).getUploadedAt() != null;
    }
}
