package org.kgconnector.platform.admin;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kgconnector.persistence.kit.KitApplication;
import org.kgconnector.persistence.kit.KitAuthorisation;
import org.kgconnector.persistence.kit.KitDepartment;
import org.kgconnector.persistence.kit.KitTenant;
import org.kgconnector.persistence.kit.KitUser;

/** The joint-operation tenants for the operator: their apps, authorised users, users and department tree. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class JointOperationQueries {

    /** At most this many departments of a tenant are read into its tree. */
    static final int MAX_DEPARTMENTS = 5000;

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    /** Tenants by id, after {@code after} (none: from the first). */
    public Page<Views.TenantView> tenants(String after, int limit) {
        TypedQuery<KitTenant> query = em.createQuery("SELECT t FROM KitTenant t"
                + (after == null ? "" : " WHERE t.tenantId > :after") + " ORDER BY t.tenantId", KitTenant.class);
        if (after != null) {
            query.setParameter("after", after);
        }
        return Page.of(query.setMaxResults(Page.readLimit(limit)).getResultList(), limit, Views::of,
                KitTenant::getTenantId);
    }

    /** A tenant's users by user name, after {@code after}. */
    public Page<Views.UserView> users(String tenantId, String after, int limit) {
        TypedQuery<KitUser> query = em.createQuery("SELECT u FROM KitUser u WHERE u.tenantId = :tenant"
                + (after == null ? "" : " AND u.userName > :after") + " ORDER BY u.userName", KitUser.class)
                .setParameter("tenant", tenantId);
        if (after != null) {
            query.setParameter("after", after);
        }
        return Page.of(query.setMaxResults(Page.readLimit(limit)).getResultList(), limit, Views::of,
                KitUser::getUserName);
    }

    public Optional<Views.TenantDetail> tenant(String tenantId) {
        KitTenant tenant = em.find(KitTenant.class, tenantId);
        if (tenant == null) {
            return Optional.empty();
        }
        List<Views.ApplicationView> apps = em.createQuery("SELECT a FROM KitApplication a WHERE a.tenantId = :tenant"
                        + " ORDER BY a.appId", KitApplication.class).setParameter("tenant", tenantId)
                .setMaxResults(Page.MAX_ROWS).getResultList().stream().map(Views::of).toList();
        List<Views.AuthorisationView> authorised = em.createQuery("SELECT a FROM KitAuthorisation a"
                        + " WHERE a.tenantId = :tenant ORDER BY a.appId, a.userName", KitAuthorisation.class)
                .setParameter("tenant", tenantId).setMaxResults(Page.MAX_ROWS).getResultList().stream()
                .map(Views::of).toList();
        List<KitDepartment> departments = em.createQuery("SELECT d FROM KitDepartment d WHERE d.tenantId = :tenant"
                        + " ORDER BY d.orgCode", KitDepartment.class).setParameter("tenant", tenantId)
                .setMaxResults(MAX_DEPARTMENTS).getResultList();
        return Optional.of(new Views.TenantDetail(Views.of(tenant), apps, authorised, tree(departments)));
    }

    /** The departments as a tree: roots are those without a parent, or whose parent is not synced. */
    static List<Views.DepartmentNode> tree(List<KitDepartment> departments) {
        Map<String, KitDepartment> byCode = new HashMap<>();
        departments.forEach(d -> byCode.put(d.getOrgCode(), d));
        Map<String, List<KitDepartment>> children = new HashMap<>();
        List<KitDepartment> roots = new ArrayList<>();
        for (KitDepartment d : departments) {
            String parent = d.getParentCode();
            if (parent == null || parent.equals(d.getOrgCode()) || !byCode.containsKey(parent)) {
                roots.add(d);
            } else {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(d);
            }
        }
        return roots.stream().map(r -> node(r, children, new java.util.HashSet<>())).toList();
    }

    private static Views.DepartmentNode node(KitDepartment d, Map<String, List<KitDepartment>> children,
                                             java.util.Set<String> above) {
        above.add(d.getOrgCode());
        List<Views.DepartmentNode> below = children.getOrDefault(d.getOrgCode(), List.of()).stream()
                .filter(c -> !above.contains(c.getOrgCode())).map(c -> node(c, children, above)).toList();
        return Views.leaf(d, below);
    }
}
