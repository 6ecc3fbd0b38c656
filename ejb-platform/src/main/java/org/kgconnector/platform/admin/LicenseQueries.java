package org.kgconnector.platform.admin;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import org.kgconnector.persistence.license.LicenseCode;
import org.kgconnector.persistence.license.LicenseGrant;

/** The license products for the operator: license codes and online-License grants, newest first, paged by key. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class LicenseQueries {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    /** License codes, newest first, after the key {@code createdAt~license}. */
    public Page<Views.LicenseCodeView> codes(Instant afterTime, String afterCode, int limit) {
        TypedQuery<LicenseCode> query = em.createQuery("SELECT c FROM LicenseCode c" + (afterTime == null ? ""
                : " WHERE c.createdAt < :time OR (c.createdAt = :time AND c.license < :code)")
                + " ORDER BY c.createdAt DESC, c.license DESC", LicenseCode.class);
        if (afterTime != null) {
            query.setParameter("time", afterTime).setParameter("code", afterCode);
        }
        return Page.of(query.setMaxResults(Page.readLimit(limit)).getResultList(), limit, Views::of,
                c -> PageKey.of(c.getCreatedAt(), c.getLicense()));
    }

    /** Online-License grants, newest first, below id {@code after}. */
    public Page<Views.LicenseGrantView> grants(Long after, int limit) {
        TypedQuery<LicenseGrant> query = em.createQuery("SELECT g FROM LicenseGrant g"
                + (after == null ? "" : " WHERE g.id < :after") + " ORDER BY g.id DESC", LicenseGrant.class);
        if (after != null) {
            query.setParameter("after", after);
        }
        return Page.byId(query, limit, Views::of, LicenseGrant::getId);
    }
}
