package org.kgconnector.platform.keys;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.kgconnector.persistence.secrets.StoredSigningKey;
import org.kgconnector.platform.replay.NonceFirst;

/** Reads a shared signing key, or stores the one offered when none exists yet (the first node's insert wins). */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
@Interceptors(NonceFirst.class)
public class SigningKeyStore {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    public String sealedKey(String name) {
        StoredSigningKey key = em.find(StoredSigningKey.class, name);
        return key == null ? null : key.getPrivateKeySealed();
    }

    public void store(String name, String sealed) {
        em.persist(new StoredSigningKey(name, sealed, Instant.now()));
    }
}
