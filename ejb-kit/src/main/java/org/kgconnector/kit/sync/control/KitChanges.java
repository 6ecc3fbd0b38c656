package org.kgconnector.kit.sync.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kgconnector.kit.sync.boundary.KitCommands;
import org.kgconnector.kit.sync.boundary.SyncOutcome;
import org.kgconnector.persistence.kit.KitApplication;
import org.kgconnector.persistence.kit.KitAuthorisation;
import org.kgconnector.persistence.kit.KitBinding;
import org.kgconnector.persistence.kit.KitDepartment;
import org.kgconnector.persistence.kit.KitTenant;
import org.kgconnector.persistence.kit.KitUser;
import org.kgconnector.persistence.secrets.Secrets;
import org.kgconnector.protocol.result.ResultCode;

/** The Kit writes, each one transaction: upserts for adds and modifies, deletes that succeed when absent. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class KitChanges {

    private static final int FLUSH_EVERY = 500;

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    @Inject
    Secrets secrets;

    @Inject
    ClientSecrets clientSecrets;

    public SyncOutcome tenant(KitCommands.TenantSync cmd) {
        if (cmd.flag() == KitCommands.Flag.DELETE) {
            em.createQuery("delete from KitBinding b where b.instanceId = :i and b.tenantId = :t")
                    .setParameter("i", cmd.instanceId()).setParameter("t", cmd.tenantId()).executeUpdate();
            em.createQuery("delete from KitApplication a where a.instanceId = :i and a.tenantId = :t")
                    .setParameter("i", cmd.instanceId()).setParameter("t", cmd.tenantId()).executeUpdate();
            if (count("select count(b) from KitBinding b where b.tenantId = :t", cmd.tenantId()) == 0) {
                forgetTenant(cmd.tenantId());
            }
            return SyncOutcome.success();
        }
        KitTenant known = em.find(KitTenant.class, cmd.tenantId());
        KitTenant tenant = known != null ? known : new KitTenant(cmd.tenantId());
        tenant.describe(cmd.tenantCode(), cmd.name(), cmd.domainName(), cmd.test(), Instant.now());
        if (known == null) {
            em.persist(tenant);
        }
        if (em.createQuery("select b from KitBinding b where b.instanceId = :i and b.tenantId = :t", KitBinding.class)
                .setParameter("i", cmd.instanceId()).setParameter("t", cmd.tenantId()).getResultList().isEmpty()) {
            em.persist(new KitBinding(cmd.instanceId(), cmd.tenantId(), cmd.orderId(), Instant.now()));
        }
        em.flush();
        return SyncOutcome.success();
    }

    public SyncOutcome application(KitCommands.ApplicationSync cmd) {
        List<KitApplication> found = em.createQuery("select a from KitApplication a where a.instanceId = :i"
                        + " and a.tenantId = :t and a.appId = :a", KitApplication.class)
                .setParameter("i", cmd.instanceId()).setParameter("t", cmd.tenantId()).setParameter("a", cmd.appId())
                .getResultList();
        if (cmd.flag() == KitCommands.Flag.DELETE) {
            found.forEach(em::remove);
            return SyncOutcome.success();
        }
        Optional<String> secret = clientSecrets.open(cmd.encryptedClientSecret());
        if (secret.isEmpty()) {
            return new SyncOutcome(ResultCode.INTERNAL_ERROR, "clientSecret cannot be decrypted with the configured key.");
        }
        KitApplication app = found.isEmpty() ? new KitApplication(cmd.instanceId(), cmd.tenantId(), cmd.appId())
                : found.get(0);
        app.credential(cmd.clientId(), secrets.box().seal(secret.get()), cmd.test(), Instant.now());
        if (found.isEmpty()) {
            em.persist(app);
        }
        em.flush();
        return SyncOutcome.success();
    }

    public SyncOutcome authorise(KitCommands.AuthSync cmd) {
        for (KitCommands.AuthorisedUser user : cmd.users()) {
            Optional<KitAuthorisation> grant = authorisation(cmd, user.userName());
            switch (cmd.flag()) {
                case DELETE -> {
                    grant.ifPresent(em::remove);
                    em.flush();
                    if (count("select count(g) from KitAuthorisation g where g.tenantId = :t and g.userName = :u",
                            cmd.tenantId(), user.userName()) == 0) {
                        user(cmd.tenantId(), user.userName()).ifPresent(em::remove);
                    }
                }
                case CANCEL_AUTHORISATION -> grant.ifPresent(g -> g.revoke(cmd.currentSyncTime()));
                default -> {
                    Optional<KitUser> known = user(cmd.tenantId(), user.userName());
                    KitUser account = known.orElseGet(() -> new KitUser(cmd.tenantId(), user.userName()));
                    account.profile(user.profile(), cmd.test());
                    if (known.isEmpty()) {
                        em.persist(account);
                    }
                    KitAuthorisation g = grant.orElseGet(() -> new KitAuthorisation(cmd.instanceId(), cmd.tenantId(),
                            cmd.appId(), user.userName()));
                    g.grant(user.role(), user.enabled(), cmd.currentSyncTime());
                    if (grant.isEmpty()) {
                        em.persist(g);
                    }
                }
            }
        }
        em.flush();
        return SyncOutcome.success();
    }

    public SyncOutcome department(KitCommands.SingleOrgSync cmd) {
        List<KitDepartment> found = department(cmd.tenantId(), cmd.department().orgCode());
        if (cmd.flag() == KitCommands.Flag.DELETE) {
            found.forEach(em::remove);
            return SyncOutcome.success();
        }
        KitDepartment d = found.isEmpty() ? new KitDepartment(cmd.tenantId(), cmd.department().orgCode()) : found.get(0);
        d.place(cmd.department().orgName(), cmd.department().parentCode(), cmd.test());
        if (found.isEmpty()) {
            em.persist(d);
        }
        em.flush();
        return SyncOutcome.success();
    }

    /** Replaces the tenant's whole department tree in one transaction. */
    public SyncOutcome allDepartments(KitCommands.AllOrgSync cmd) {
        em.createQuery("delete from KitDepartment d where d.tenantId = :t").setParameter("t", cmd.tenantId()).executeUpdate();
        int n = 0;
        for (KitCommands.Department department : cmd.departments()) {
            KitDepartment d = new KitDepartment(cmd.tenantId(), department.orgCode());
            d.place(department.orgName(), department.parentCode(), cmd.test());
            em.persist(d);
            if (++n % FLUSH_EVERY == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        return SyncOutcome.success();
    }

    private void forgetTenant(String tenantId) {
        for (String entity : List.of("KitAuthorisation", "KitUser", "KitDepartment", "KitApplication")) {
            em.createQuery("delete from " + entity + " e where e.tenantId = :t").setParameter("t", tenantId).executeUpdate();
        }
        KitTenant tenant = em.find(KitTenant.class, tenantId);
        if (tenant != null) {
            em.remove(tenant);
        }
    }

    private Optional<KitAuthorisation> authorisation(KitCommands.AuthSync cmd, String userName) {
        return em.createQuery("select g from KitAuthorisation g where g.instanceId = :i and g.tenantId = :t"
                        + " and g.appId = :a and g.userName = :u", KitAuthorisation.class)
                .setParameter("i", cmd.instanceId()).setParameter("t", cmd.tenantId()).setParameter("a", cmd.appId())
                .setParameter("u", userName).getResultStream().findFirst();
    }

    private Optional<KitUser> user(String tenantId, String userName) {
        return em.createQuery("select u from KitUser u where u.tenantId = :t and u.userName = :u", KitUser.class)
                .setParameter("t", tenantId).setParameter("u", userName).getResultStream().findFirst();
    }

    private List<KitDepartment> department(String tenantId, String orgCode) {
        return em.createQuery("select d from KitDepartment d where d.tenantId = :t and d.orgCode = :o", KitDepartment.class)
                .setParameter("t", tenantId).setParameter("o", orgCode).getResultList();
    }

    private long count(String jpql, String tenantId) {
        return em.createQuery(jpql, Long.class).setParameter("t", tenantId).getSingleResult();
    }

    private long count(String jpql, String tenantId, String userName) {
        return em.createQuery(jpql, Long.class).setParameter("t", tenantId).setParameter("u", userName).getSingleResult();
    }
}
