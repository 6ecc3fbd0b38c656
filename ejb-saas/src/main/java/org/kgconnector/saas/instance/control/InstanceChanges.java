package org.kgconnector.saas.instance.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.kgconnector.persistence.instance.InstanceUpgrade;
import org.kgconnector.persistence.instance.Lifecycle;
import org.kgconnector.persistence.instance.ProtocolVersion;
import org.kgconnector.persistence.instance.SaasInstance;
import org.kgconnector.persistence.job.JobAction;
import org.kgconnector.persistence.job.ProvisioningJob;
import org.kgconnector.persistence.secrets.Secrets;
import org.kgconnector.platform.replay.NonceFirst;
import org.kgconnector.protocol.result.ResultCode;
import org.kgconnector.saas.instance.boundary.CallbackOutcome;
import org.kgconnector.saas.instance.boundary.Commands;

/**
 * The state changes of the SaaS callbacks. Each method is one transaction that records the change and the
 * provisioning job it needs, or nothing when the change was applied before (idempotency, decision 9 of docs/protocol/decisions.md).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Interceptors(NonceFirst.class)
public class InstanceChanges {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    @Inject
    Secrets secrets;

    public Created createOrFind(Commands.NewInstance cmd) {
        SaasInstance existing = byOrderLine(cmd.orderId(), cmd.orderLineId());
        if (existing != null) {
            return new Created(existing.getInstanceId(), createJobOf(existing.getInstanceId()), false,
                    existing.getProvisioning());
        }
        Instant now = Instant.now();
        Commands.LegacyOrder legacy = cmd.legacy();
        SaasInstance instance = new SaasInstance(cmd.businessId(), cmd.orderId(), cmd.orderLineId(), cmd.businessId(),
                legacy == null ? ProtocolVersion.V2 : ProtocolVersion.V1, cmd.test(), now);
        if (legacy != null) {
            instance.orderedAs(legacy.productId(), legacy.chargingMode(), legacy.expireTime(), legacy.expireTimeRaw(),
                    legacy.details(), secrets.box().seal(legacy.contact()));
        } else if (cmd.details() != null) {
            instance.orderedAs(null, null, null, null, cmd.details(), null);
        }
        em.persist(instance);
        ProvisioningJob job = new ProvisioningJob(instance.getInstanceId(), JobAction.CREATE, cmd.orderId(),
                cmd.orderLineId(), now);
        em.persist(job);
        em.flush();
        return new Created(instance.getInstanceId(), job.getId(), true, instance.getProvisioning());
    }

    public CallbackOutcome refresh(Commands.RefreshInstance cmd) {
        SaasInstance instance = live(cmd.instanceId());
        if (instance == null) {
            return unknown(cmd.test());
        }
        boolean sameExpiry = Objects.equals(instance.getExpireTime(), cmd.expireTime());
        boolean sameProduct = cmd.productId() == null || cmd.productId().equals(instance.getProductId());
        if (!(sameExpiry && sameProduct)) {
            Instant now = Instant.now();
            instance.renew(cmd.expireTime(), cmd.expireTimeRaw(), cmd.productId(), now);
            em.persist(new ProvisioningJob(instance.getInstanceId(), JobAction.RENEW, cmd.orderId(), cmd.orderLineId(), now));
        }
        return CallbackOutcome.of(ResultCode.SUCCESS);
    }

    public CallbackOutcome changeStatus(Commands.UpdateInstanceStatus cmd) {
        SaasInstance instance = live(cmd.instanceId());
        if (instance == null) {
            return unknown(cmd.test());
        }
        Lifecycle target = cmd.status() == Commands.StatusChange.FREEZE ? Lifecycle.FROZEN : Lifecycle.ACTIVE;
        if (instance.getLifecycle() != target) {
            Instant now = Instant.now();
            instance.moveTo(target, now);
            JobAction action = target == Lifecycle.FROZEN ? JobAction.FREEZE : JobAction.UNFREEZE;
            em.persist(new ProvisioningJob(instance.getInstanceId(), action, null, null, now));
        }
        return CallbackOutcome.of(ResultCode.SUCCESS);
    }

    public CallbackOutcome release(Commands.ReleaseInstance cmd) {
        SaasInstance instance = live(cmd.instanceId());
        if (instance != null) {
            Instant now = Instant.now();
            instance.moveTo(Lifecycle.RELEASED, now);
            em.persist(new ProvisioningJob(instance.getInstanceId(), JobAction.RELEASE, cmd.orderId(), cmd.orderLineId(), now));
        }
        return CallbackOutcome.of(ResultCode.SUCCESS);
    }

    public CallbackOutcome upgrade(Commands.UpgradeInstance cmd) {
        SaasInstance instance = live(cmd.instanceId());
        if (instance == null) {
            return unknown(cmd.test());
        }
        List<InstanceUpgrade> seen = em.createQuery("select u from InstanceUpgrade u where u.instanceId = :i"
                        + " and u.orderId = :o and u.orderLineId = :l", InstanceUpgrade.class)
                .setParameter("i", cmd.instanceId()).setParameter("o", cmd.orderId()).setParameter("l", cmd.orderLineId())
                .getResultList();
        if (seen.isEmpty()) {
            Instant now = Instant.now();
            em.persist(new InstanceUpgrade(cmd.instanceId(), cmd.orderId(), cmd.orderLineId(), now));
            em.persist(new ProvisioningJob(cmd.instanceId(), JobAction.UPGRADE, cmd.orderId(), cmd.orderLineId(), now));
            em.flush();
        }
        return CallbackOutcome.of(ResultCode.SUCCESS);
    }

    /** The create job of the instance, whoever wrote it. */
    private Long createJobOf(String instanceId) {
        return em.createQuery("select j.id from ProvisioningJob j where j.instanceId = :i and j.action = :create"
                        + " order by j.id", Long.class).setParameter("i", instanceId)
                .setParameter("create", JobAction.CREATE).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private SaasInstance byOrderLine(String orderId, String orderLineId) {
        List<SaasInstance> found = em.createNamedQuery(SaasInstance.BY_ORDER_LINE, SaasInstance.class)
                .setParameter("orderId", orderId).setParameter("orderLineId", orderLineId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** The instance, unless it is unknown or released. */
    private SaasInstance live(String instanceId) {
        SaasInstance instance = em.find(SaasInstance.class, instanceId);
        return instance == null || instance.getLifecycle() == Lifecycle.RELEASED ? null : instance;
    }

    /** Decision 11 of docs/protocol/decisions.md: a test call on an unknown or released instance succeeds and changes nothing. */
    private static CallbackOutcome unknown(boolean test) {
        return CallbackOutcome.of(test ? ResultCode.SUCCESS : ResultCode.INSTANCE_NOT_FOUND);
    }
}
