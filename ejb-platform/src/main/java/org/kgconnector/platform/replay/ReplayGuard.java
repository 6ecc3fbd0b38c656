package org.kgconnector.platform.replay;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.kgconnector.persistence.replay.KeyedToken;
import org.kgconnector.persistence.replay.UsedNonce;
import org.kgconnector.platform.config.ConnectorSettings;

/**
 * Records each verified nonce once per key in the database, so a replay is refused on every node, and forgets
 * nonces long after their timestamps have left any window. A nonce is recorded inside the callback's business
 * transaction ({@link NonceFirst}) or, for a callback that changed nothing, in a transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ReplayGuard {

    /** Nonces are kept at least this long, and at least twice the signature window. */
    static final Duration MIN_RETENTION = Duration.ofHours(1);

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    @Inject
    ConnectorSettings settings;

    /** Inserts the nonce; fails (the transaction rolls back) when it was used before with the same key. */
    public void record(String keyId, String nonce) {
        em.persist(new UsedNonce(keyId, nonce, Instant.now()));
        em.flush();
    }

    /**
     * Records the nonce in the caller's transaction, before anything else it writes; a nonce recorded before
     * throws {@link NonceReplayed}, and one a concurrent transaction is recording fails that flush as a conflict.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordInTransaction(String keyId, String nonce) {
        if (isRecorded(keyId, nonce)) {
            throw new NonceReplayed();
        }
        record(keyId, nonce);
    }

    public boolean isRecorded(String keyId, String nonce) {
        return em.find(UsedNonce.class, new KeyedToken(keyId, nonce)) != null;
    }

    @Schedule(hour = "*", minute = "*/10", persistent = false, info = "forget old nonces")
    public void forgetOldNonces() {
        em.createQuery("delete from UsedNonce n where n.usedAt < :before")
                .setParameter("before", Instant.now().minus(retention())).executeUpdate();
    }

    /** A nonce may be forgotten once its timestamp can no longer pass the window check. */
    Duration retention() {
        Duration twoWindows = settings.signatureWindow().multipliedBy(2);
        return twoWindows.compareTo(MIN_RETENTION) > 0 ? twoWindows : MIN_RETENTION;
    }
}
