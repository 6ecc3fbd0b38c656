package org.kgconnector.licensing.code.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kgconnector.licensing.code.boundary.CodeCommands;
import org.kgconnector.persistence.license.LicenseCode;
import org.kgconnector.persistence.license.LicenseRenewal;
import org.kgconnector.persistence.license.LicenseUsage;
import org.kgconnector.platform.replay.NonceFirst;

/**
 * Each change of a license code in a transaction of its own. Callbacks are idempotent and order-independent
 * (decisions 9, 11 and 12 of docs/protocol/decisions.md): a renewal order is applied once, freeze/unfreeze/release set facts rather than move
 * along a path, a released code changes no more, a test call on an unknown code changes nothing, and a real
 * callback for a code never seen records it as the callback describes it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Interceptors(NonceFirst.class)
public class CodeChanges {

    private static final int IN_CHUNK = 1000;

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    /** @return whether the code changed */
    public boolean refresh(CodeCommands.Refresh cmd) {
        Instant now = Instant.now();
        LicenseCode code = knownOrRecorded(cmd.license(), cmd.test(), now);
        if (code == null || code.isReleased()) {
            return false;
        }
        LicenseRenewal.Key key = new LicenseRenewal.Key(cmd.license(), cmd.orderId(), cmd.orderLineId());
        if (em.find(LicenseRenewal.class, key) != null) {
            return false;
        }
        em.persist(new LicenseRenewal(key, cmd.scene(), cmd.productId(), cmd.expireTime(), cmd.expireTimeRaw(), now));
        code.renewed(cmd.expireTime(), cmd.expireTimeRaw(), cmd.productId(), cmd.renewal(), now);
        return true;
    }

    public boolean status(CodeCommands.Status cmd) {
        Instant now = Instant.now();
        LicenseCode code = knownOrRecorded(cmd.license(), cmd.test(), now);
        if (code == null || code.isReleased() || code.isFrozen() == cmd.freeze()) {
            return false;
        }
        code.frozen(cmd.freeze(), now);
        return true;
    }

    public boolean release(CodeCommands.Release cmd) {
        Instant now = Instant.now();
        LicenseCode code = knownOrRecorded(cmd.license(), cmd.test(), now);
        if (code == null || code.isReleased()) {
            return false;
        }
        code.released(now);
        return true;
    }

    private LicenseCode knownOrRecorded(String license, boolean test, Instant now) {
        LicenseCode code = em.find(LicenseCode.class, license);
        if (code == null && !test) {
            code = new LicenseCode(license, false, now);
            em.persist(code);
        }
        return code;
    }

    /** The marketplace activated the code (now or before). */
    public void activated(String license) {
        Instant now = Instant.now();
        LicenseCode code = em.find(LicenseCode.class, license);
        if (code == null) {
            code = new LicenseCode(license, false, now);
            em.persist(code);
        }
        code.activated(now);
    }

    /** Stores what the query API said when asked at {@code askedAt}; an answer a callback overtook is dropped. */
    public LicenseCode queried(String license, CodeQuery q, Instant askedAt) {
        Instant now = Instant.now();
        LicenseCode code = em.find(LicenseCode.class, license);
        if (code == null) {
            code = new LicenseCode(license, false, askedAt);
            em.persist(code);
        }
        code.queried(q.status(), q.activateTime(), q.expireTime(), q.expireTimeRaw(), q.orderId(), q.productId(),
                q.amount(), askedAt, now);
        return code;
    }

    public void marketplaceError(String license, String error) {
        LicenseCode code = em.find(LicenseCode.class, license);
        if (code != null) {
            code.marketplaceError(error, Instant.now());
        }
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LicenseCode find(String license) {
        return em.find(LicenseCode.class, license);
    }

    /**
     * Queues a day's usage: each client id once per day, the day's active-client count replacing an earlier one.
     *
     * @return how many entries were new or changed
     */
    public int recordUsage(String license, LocalDate day, List<String> clientIds, Integer activeClients) {
        Instant now = Instant.now();
        Set<String> known = knownEntries(license, day, clientIds);
        int queued = 0;
        for (String clientId : clientIds) {
            if (!known.contains(clientId)) {
                em.persist(LicenseUsage.client(license, day, clientId, now));
                queued++;
            }
        }
        if (activeClients != null) {
            LicenseUsage count = entry(license, day, LicenseUsage.ACTIVE_ENTRY);
            if (count == null) {
                em.persist(LicenseUsage.activeClients(license, day, activeClients, now));
                queued++;
            } else if (!activeClients.equals(count.getActiveNum())) {
                count.recount(activeClients, now);
                queued++;
            }
        }
        return queued;
    }

    /** Which of the client ids the day already has, read in chunks rather than one query per id. */
    private Set<String> knownEntries(String license, LocalDate day, List<String> clientIds) {
        Set<String> known = new HashSet<>();
        for (int from = 0; from < clientIds.size(); from += IN_CHUNK) {
            known.addAll(em.createNamedQuery(LicenseUsage.ENTRY_KEYS, String.class).setParameter("license", license)
                    .setParameter("day", day)
                    .setParameter("entries", clientIds.subList(from, Math.min(clientIds.size(), from + IN_CHUNK)))
                    .getResultList());
        }
        return known;
    }

    private LicenseUsage entry(String license, LocalDate day, String key) {
        List<LicenseUsage> found = em.createNamedQuery(LicenseUsage.ENTRY, LicenseUsage.class)
                .setParameter("license", license).setParameter("day", day).setParameter("entry", key).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
