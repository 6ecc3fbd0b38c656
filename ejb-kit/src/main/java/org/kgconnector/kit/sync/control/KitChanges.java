package org.kgconnector.kit.sync.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.hibernate.Session;
import org.kgconnector.kit.sync.boundary.KitCommands;
import org.kgconnector.kit.sync.boundary.SyncOutcome;
import org.kgconnector.persistence.kit.KitApplication;
import org.kgconnector.persistence.kit.KitAuthorisation;
import org.kgconnector.persistence.kit.KitBinding;
import org.kgconnector.persistence.kit.KitDepartment;
import org.kgconnector.persistence.kit.KitTenant;
import org.kgconnector.persistence.kit.KitUser;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.persistence.secrets.Secrets;
import org.kgconnector.platform.replay.NonceFirst;
import org.kgconnector.protocol.result.ResultCode;

/** The Kit writes, each one transaction: upserts for adds and modifies, deletes that succeed when absent. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Interceptors(NonceFirst.class)
public class KitChanges {

    private static final int FLUSH_EVERY = 500;
    private static final Logger LOG = ConnectorLog.logger(KitChanges.class);

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
        ClientSecrets.Opening secret = clientSecret(cmd);
        if (!secret.opened()) {
            return new SyncOutcome(ResultCode.INTERNAL_ERROR, "clientSecret cannot be decrypted: " + secret.failure() + ".");
        }
        KitApplication app = found.isEmpty() ? new KitApplication(cmd.instanceId(), cmd.tenantId(), cmd.appId())
                : found.get(0);
        app.credential(cmd.clientId(), secrets.box().seal(secret.secret()), cmd.test(), Instant.now());
        if (found.isEmpty()) {
            em.persist(app);
        }
        em.flush();
        return SyncOutcome.success();
    }

    /**
     * The clear client secret. On the seller center's debugging page (a test call without an instance) the vendor
     * types the secret itself, in plaintext, so one that does not decrypt is kept as given, unless it has the shape
     * of RSA ciphertext (a credential application with a key that does not fit); a real credential that does not
     * decrypt has none, and the log says why.
     */
    private ClientSecrets.Opening clientSecret(KitCommands.ApplicationSync cmd) {
        ClientSecrets.Opening opening = clientSecrets.open(cmd.encryptedClientSecret());
        if (opening.opened()) {
            return opening;
        }
        if (cmd.sellerDebugging() && !ClientSecrets.looksEncrypted(cmd.encryptedClientSecret())) {
            LOG.info(() -> "the debugging applicationSync of tenant " + cmd.tenantId() + ", app " + cmd.appId()
                    + " carries a clientSecret that does not decrypt (" + opening.failure() + "): kept as typed");
            return new ClientSecrets.Opening(cmd.encryptedClientSecret(), null);
        }
        LOG.warning(() -> "the applicationSync of tenant " + cmd.tenantId() + ", app " + cmd.appId() + ", instance "
                + cmd.instanceId() + " was refused: its clientSecret cannot be decrypted: " + opening.failure());
        return opening;
    }

    private static KitUser.Profile stored(KitCommands.UserProfile p) {
        return new KitUser.Profile(p.name(), p.orgCode(), p.position(), p.employeeCode(), p.employeeType(), p.mobile(),
                p.email(), p.workPlace(), p.entryDate());
    }

    /** Applies an authSync; the tenant's users and the application's grants are read once, not per user. */
    public SyncOutcome authorise(KitCommands.AuthSync cmd) {
        Map<String, KitUser> accounts = new HashMap<>();
        em.createQuery("select u from KitUser u where u.tenantId = :t", KitUser.class).setParameter("t", cmd.tenantId())
                .getResultStream().forEach(u -> accounts.put(u.getUserName(), u));
        Map<String, KitAuthorisation> grants = new HashMap<>();
        em.createQuery("select g from KitAuthorisation g where g.instanceId = :i and g.tenantId = :t and g.appId = :a",
                        KitAuthorisation.class)
                .setParameter("i", cmd.instanceId()).setParameter("t", cmd.tenantId()).setParameter("a", cmd.appId())
                .getResultStream().forEach(g -> grants.put(g.getUserName(), g));
        for (KitCommands.AuthorisedUser user : cmd.users()) {
            KitAuthorisation grant = grants.get(user.userName());
            switch (cmd.flag()) {
                case DELETE -> {
                    if (grant != null) {
                        em.remove(grant);
                        grants.remove(user.userName());
                        em.flush();
                    }
                    KitUser account = accounts.remove(user.userName());
                    if (account != null && count("select count(g) from KitAuthorisation g where g.tenantId = :t"
                            + " and g.userName = :u", cmd.tenantId(), user.userName()) == 0) {
                        em.remove(account);
                    }
                }
                case CANCEL_AUTHORISATION -> {
                    if (grant != null) {
                        grant.revoke(cmd.currentSyncTime());
                    }
                }
                default -> {
                    KitUser account = accounts.get(user.userName());
                    if (account == null) {
                        account = new KitUser(cmd.tenantId(), user.userName());
                        account.profile(stored(user.profile()), cmd.test());
                        em.persist(account);
                        accounts.put(user.userName(), account);
                    } else {
                        account.profile(stored(user.profile()), cmd.test());
                    }
                    if (grant == null) {
                        grant = new KitAuthorisation(cmd.instanceId(), cmd.tenantId(), cmd.appId(), user.userName());
                        grant.grant(user.role(), user.enabled(), cmd.currentSyncTime());
                        em.persist(grant);
                        grants.put(user.userName(), grant);
                    } else {
                        grant.grant(user.role(), user.enabled(), cmd.currentSyncTime());
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

    /**
     * Replaces the tenant's whole department tree in one transaction. The rows go in as JDBC batches: identity
     * keys keep Hibernate from batching, and a full sync may carry ten thousand departments.
     */
    public SyncOutcome allDepartments(KitCommands.AllOrgSync cmd) {
        em.createQuery("delete from KitDepartment d where d.tenantId = :t").setParameter("t", cmd.tenantId()).executeUpdate();
        Map<String, KitCommands.Department> unique = new LinkedHashMap<>();
        cmd.departments().forEach(d -> unique.put(d.orgCode(), d));
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO kit_department"
                    + " (tenant_id, org_code, org_name, parent_code, test_data) VALUES (?, ?, ?, ?, ?)")) {
                int n = 0;
                for (KitCommands.Department d : unique.values()) {
                    insert.setString(1, cmd.tenantId());
                    insert.setString(2, d.orgCode());
                    insert.setString(3, d.orgName());
                    insert.setString(4, d.parentCode());
                    insert.setBoolean(5, cmd.test());
                    insert.addBatch();
                    if (++n % FLUSH_EVERY == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        });
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
