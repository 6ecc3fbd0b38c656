package org.kgconnector.licensing.code.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.kgconnector.persistence.job.JobState;
import org.kgconnector.persistence.license.LicenseUsage;
import org.kgconnector.platform.replay.NonceFirst;
import org.kgconnector.platform.work.BatchClaim;
import org.kgconnector.platform.work.WorkKind;
import org.kgconnector.platform.work.WorkLeases;
import org.kgconnector.platform.work.WorkOutcome;
import org.kgconnector.platform.work.WorkFinish;

/** Claims due usage entries for one node (a lease) and records how their sending ended, each in its own transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Interceptors(NonceFirst.class)
public class UsageStore {

    /** Entries claimed at once: enough for one call of 100 licenses × 100 entries. */
    static final int CLAIM_LIMIT = LicenseApi.BATCH * LicenseApi.BATCH;

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    @Inject
    WorkFinish finish;

    /**
     * Claims up to {@link #CLAIM_LIMIT} due entries under the lease name {@code owner}, and returns them; rows
     * another node is claiming are skipped, not waited for ({@code FOR UPDATE SKIP LOCKED}).
     */
    public List<LicenseUsage> claim(String owner) {
        return BatchClaim.claim(em, "license_usage", LicenseUsage.class, LicenseUsage.CLAIM, LicenseUsage.CLAIMED, owner,
                CLAIM_LIMIT, WorkLeases.LEASE);
    }

    /**
     * Gives the entries of one call a lease of their own, just before the call: those {@code claimant} still holds
     * pass to the new lease {@code owner} for a full lease period. Returns the ids it now holds (an entry whose lease
     * ran out and went to another node is not among them).
     */
    public List<Long> leaseForOneCall(List<Long> ids, String claimant, String owner) {
        Instant now = Instant.now();
        em.createQuery("update LicenseUsage u set u.leaseOwner = :owner, u.leaseUntil = :until where u.id in :ids"
                        + " and u.leaseOwner = :claimant and u.leaseUntil > :now and u.state = :pending")
                .setParameter("owner", owner).setParameter("until", now.plus(WorkLeases.LEASE)).setParameter("ids", ids)
                .setParameter("claimant", claimant).setParameter("now", now).setParameter("pending", JobState.PENDING)
                .executeUpdate();
        return em.createQuery("select u.id from LicenseUsage u where u.id in :ids and u.leaseOwner = :owner", Long.class)
                .setParameter("ids", ids).setParameter("owner", owner).getResultList();
    }

    /** Records how the call of {@code owner} ended for its entries; only those it still holds. */
    public void finish(List<Long> ids, String owner, WorkOutcome outcome) {
        Instant now = Instant.now();
        ids.forEach(id -> finish.record(em.find(LicenseUsage.class, id), owner, outcome, WorkKind.LICENSE_USAGE, now));
    }
}
