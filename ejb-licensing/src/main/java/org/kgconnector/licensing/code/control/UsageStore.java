package org.kgconnector.licensing.code.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kgconnector.persistence.job.BackOff;
import org.kgconnector.persistence.job.BatchClaim;
import org.kgconnector.persistence.license.LicenseUsage;

/** Claims due usage entries for one node (a lease) and records how their sending ended, each in its own transaction. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class UsageStore {

    static final Duration LEASE = Duration.ofMinutes(2);
    /** Entries claimed at once: enough for one call of 100 licenses × 100 entries. */
    static final int CLAIM_LIMIT = LicenseApi.BATCH * LicenseApi.BATCH;

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "koogallery.jobs.max-attempts", defaultValue = "10")
    int maxAttempts;

    /**
     * Claims up to {@link #CLAIM_LIMIT} due entries under the lease name {@code owner}, and returns them; rows
     * another node is claiming are skipped, not waited for ({@code FOR UPDATE SKIP LOCKED}).
     */
    public List<LicenseUsage> claim(String owner) {
        return BatchClaim.claim(em, "license_usage", LicenseUsage.class, LicenseUsage.CLAIM, LicenseUsage.CLAIMED, owner,
                CLAIM_LIMIT, LEASE);
    }

    public void sent(List<Long> ids) {
        Instant now = Instant.now();
        ids.forEach(id -> em.find(LicenseUsage.class, id).done(now));
    }

    public void failed(List<Long> ids, String why, boolean retry) {
        Instant now = Instant.now();
        for (Long id : ids) {
            LicenseUsage usage = em.find(LicenseUsage.class, id);
            if (retry) {
                usage.attemptFailed(why, maxAttempts, BackOff.afterAttempts(usage.getAttempts() + 1), now);
            } else {
                usage.refused(why, now);
            }
        }
    }
}
