package org.kgconnector.kit.sso.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kgconnector.persistence.kit.KitApplication;
import org.kgconnector.persistence.kit.KitAuthorisation;
import org.kgconnector.persistence.kit.KitTenant;
import org.kgconnector.persistence.kit.KitUser;
import org.kgconnector.persistence.secrets.Secrets;

/** What a login needs from the synced data: the tenant's domain, its credential for the app, the user's grant. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class KitDirectory {

    /** A tenant's OAuth client for the application. */
    public record Client(String domainName, String clientId, String clientSecret) {
    }

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    @Inject
    Secrets secrets;

    public Optional<String> domainName(String tenantId) {
        return Optional.ofNullable(em.find(KitTenant.class, tenantId)).map(KitTenant::getDomainName);
    }

    /** The tenant's credential for the app id (any instance bound to it), with the secret opened. */
    public Optional<Client> client(String tenantId, String appId) {
        Optional<String> domain = domainName(tenantId);
        if (domain.isEmpty()) {
            return Optional.empty();
        }
        List<KitApplication> apps = em.createQuery("select a from KitApplication a where a.tenantId = :t and a.appId = :a"
                + " order by a.updatedAt desc", KitApplication.class).setParameter("t", tenantId).setParameter("a", appId)
                .setMaxResults(1).getResultList();
        return apps.stream().findFirst().map(app -> new Client(domain.get(), app.getClientId(),
                secrets.box().open(app.getClientSecretSealed())));
    }

    /** The app ids the tenant holds a credential for. */
    public List<String> appIds(String tenantId) {
        return em.createQuery("select distinct a.appId from KitApplication a where a.tenantId = :t", String.class)
                .setParameter("t", tenantId).getResultList();
    }

    /** Whether the user came from a test sync (testFlag=1). */
    public boolean isTestUser(String tenantId, String userName) {
        return em.createQuery("select u from KitUser u where u.tenantId = :t and u.userName = :u", KitUser.class)
                .setParameter("t", tenantId).setParameter("u", userName).getResultStream().findFirst()
                .map(KitUser::isTestData).orElse(false);
    }

    /** The user's live grants for the app (any app when null): authorised by authSync, not revoked, enabled. */
    public List<KitAuthorisation> liveGrants(String tenantId, String appId, String userName) {
        var query = em.createQuery("select g from KitAuthorisation g where g.tenantId = :t and g.userName = :u"
                        + " and g.revoked = false and g.enabled = true" + (appId == null ? "" : " and g.appId = :a"),
                        KitAuthorisation.class)
                .setParameter("t", tenantId).setParameter("u", userName);
        return (appId == null ? query : query.setParameter("a", appId)).getResultList();
    }
}
