package org.kgconnector.licensing.online.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.kgconnector.licensing.online.boundary.LicenseCommands;
import org.kgconnector.persistence.instance.Lifecycle;
import org.kgconnector.persistence.license.LicenseGrant;
import org.kgconnector.persistence.license.LicenseInstance;
import org.kgconnector.persistence.license.LicenseRenewal;
import org.kgconnector.persistence.order.MarketplaceOrder;
import org.kgconnector.persistence.outbound.OutboundJob;
import org.kgconnector.persistence.outbound.OutboundKind;
import org.kgconnector.platform.replay.NonceFirst;
import org.kgconnector.platform.work.OutboundJobStore;

/**
 * Each change of a License instance in a transaction of its own; the outbound work it needs (fetch the order,
 * upload a license) is written in the same transaction. Keys per decision 9 of docs/protocol/decisions.md: (order, line) for online
 * instances, the order for legacy licenses, (event, fingerprint) for a license application.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Interceptors(NonceFirst.class)
public class LicenseChanges {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    @Inject
    OutboundJobStore jobs;

    /** An instance and the job that fetches its order (null for test calls, or when it existed before). */
    public record Created(LicenseInstance instance, Long fetchJobId) {
    }

    /** What a change did. */
    public enum Change { UNKNOWN, UNCHANGED, CHANGED }

    public Created createOnline(LicenseCommands.NewInstance cmd) {
        LicenseInstance existing = byOrderLine(cmd.orderId(), cmd.orderLineId());
        if (existing != null) {
            return new Created(existing, null);
        }
        LicenseInstance created = new LicenseInstance(cmd.businessId(), LicenseInstance.Family.ONLINE, cmd.orderId(),
                cmd.orderLineId(), cmd.businessId(), cmd.test(), Instant.now());
        em.persist(created);
        return new Created(created, cmd.test() ? null : fetchOrder(cmd.orderId(), cmd.orderLineId()));
    }

    public LicenseInstance createLegacy(LicenseCommands.GetLicense cmd) {
        LicenseInstance existing = byOrderLine(cmd.orderId(), LicenseInstance.LEGACY_LINE);
        if (existing != null) {
            return existing;
        }
        LicenseInstance created = new LicenseInstance(cmd.businessId(), LicenseInstance.Family.LEGACY, cmd.orderId(),
                LicenseInstance.LEGACY_LINE, cmd.businessId(), cmd.test(), Instant.now())
                .purchase(cmd.customerId(), cmd.customerName(), cmd.productId(), cmd.skuCode(), cmd.periodType(),
                        cmd.amount(), cmd.expireTime(), cmd.expireTimeRaw());
        em.persist(created);
        return created;
    }

    /** Keeps the first license issued for a legacy instance, and returns the one kept. */
    public String keepLicense(String instanceId, String license) {
        LicenseInstance instance = em.find(LicenseInstance.class, instanceId);
        if (instance.getLicenseText() == null) {
            instance.licensed(license, Instant.now());
        }
        return instance.getLicenseText();
    }

    public Change renew(LicenseCommands.Renew cmd) {
        Instant now = Instant.now();
        LicenseInstance instance = em.find(LicenseInstance.class, cmd.instanceId());
        if (instance == null) {
            return Change.UNKNOWN;
        }
        LicenseRenewal.Key key = new LicenseRenewal.Key(cmd.instanceId(), cmd.orderId(), cmd.orderLineId());
        if (instance.getLifecycle() == Lifecycle.RELEASED || em.find(LicenseRenewal.class, key) != null) {
            return Change.UNCHANGED;
        }
        em.persist(new LicenseRenewal(key, cmd.scene(), cmd.productId(), cmd.expireTime(), cmd.expireTimeRaw(), now));
        instance.renewed(cmd.expireTime(), cmd.expireTimeRaw(), cmd.productId(), now);
        if (!instance.isTestCall() && !cmd.test() && instance.getFamily() == LicenseInstance.Family.ONLINE) {
            fetchOrder(cmd.orderId(), cmd.orderLineId());
        }
        return Change.CHANGED;
    }

    public Change status(LicenseCommands.Status cmd) {
        LicenseInstance instance = em.find(LicenseInstance.class, cmd.instanceId());
        if (instance == null) {
            return Change.UNKNOWN;
        }
        Lifecycle next = cmd.freeze() ? Lifecycle.FROZEN : Lifecycle.ACTIVE;
        if (instance.getLifecycle() == Lifecycle.RELEASED || instance.getLifecycle() == next) {
            return Change.UNCHANGED;
        }
        instance.moveTo(next, Instant.now());
        return Change.CHANGED;
    }

    public Change release(LicenseCommands.Release cmd) {
        LicenseInstance instance = em.find(LicenseInstance.class, cmd.instanceId());
        if (instance == null) {
            return Change.UNKNOWN;
        }
        if (instance.getLifecycle() == Lifecycle.RELEASED) {
            return Change.UNCHANGED;
        }
        instance.moveTo(Lifecycle.RELEASED, Instant.now());
        return Change.CHANGED;
    }

    /** The application's grant and the job that issues and uploads its license, created on the first call. */
    public LicenseGrant apply(LicenseCommands.ApplyLicense cmd, String fingerprintSha256) {
        LicenseGrant grant = grant(cmd.eventId(), fingerprintSha256);
        if (grant == null) {
            grant = new LicenseGrant(cmd.instanceId(), cmd.eventId(), fingerprintSha256, cmd.deviceFingerprint(),
                    cmd.effectiveTime(), cmd.expireTime(), cmd.test(), Instant.now());
            em.persist(grant);
            em.flush();
            jobs.ensure(OutboundKind.UPLOAD_LICENSE, grant.getId().toString(), null);
        }
        return grant;
    }

    private LicenseInstance byOrderLine(String orderId, String orderLineId) {
        List<LicenseInstance> found = em.createNamedQuery(LicenseInstance.BY_ORDER_LINE, LicenseInstance.class)
                .setParameter("orderId", orderId).setParameter("orderLineId", orderLineId).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private Long fetchOrder(String orderId, String orderLineId) {
        OutboundJob job = jobs.ensure(OutboundKind.FETCH_ORDER, orderId, orderLineId);
        return job.getId();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LicenseInstance find(String instanceId) {
        return em.find(LicenseInstance.class, instanceId);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public MarketplaceOrder order(String orderId, String orderLineId) {
        return em.find(MarketplaceOrder.class, new MarketplaceOrder.Key(orderId, orderLineId));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LicenseGrant grant(String eventId, String fingerprintSha256) {
        List<LicenseGrant> found = em.createNamedQuery(LicenseGrant.BY_EVENT, LicenseGrant.class)
                .setParameter("eventId", eventId).setParameter("fingerprint", fingerprintSha256).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LicenseGrant grant(long id) {
        return em.find(LicenseGrant.class, id);
    }

    /** The devices (fingerprint hashes) that hold a license of the instance. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> devices(String instanceId) {
        return em.createNamedQuery(LicenseGrant.DEVICES, String.class).setParameter("instanceId", instanceId)
                .getResultList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Long uploadJobId(long grantId) {
        return em.createNamedQuery(OutboundJob.FIND, OutboundJob.class).setParameter("kind", OutboundKind.UPLOAD_LICENSE)
                .setParameter("subject", Long.toString(grantId)).setParameter("line", "").getResultList()
                .stream().findFirst().map(OutboundJob::getId).orElse(null);
    }

    /** Keeps the first license issued for a grant. */
    public LicenseGrant issued(long grantId, String type, String content, String fileName, String sha256) {
        LicenseGrant grant = em.find(LicenseGrant.class, grantId);
        grant.issued(type, content, fileName, sha256);
        return grant;
    }

    public void uploaded(long grantId) {
        em.find(LicenseGrant.class, grantId).uploaded(Instant.now());
    }
}
