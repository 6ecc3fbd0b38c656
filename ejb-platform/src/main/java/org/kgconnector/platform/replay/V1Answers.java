package org.kgconnector.platform.replay;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.kgconnector.persistence.replay.AnsweredV1Call;
import org.kgconnector.persistence.replay.KeyedToken;

/**
 * The V1 calls (no nonce) answered with success, by key and {@code authToken} digest, with the answer sent: a
 * replayed V1 call is answered again from here and executes nothing, so a captured call cannot undo later state.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class V1Answers {

    @PersistenceContext(unitName = "koogallery")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<String> answerOf(String keyId, String tokenSha256) {
        AnsweredV1Call answered = em.find(AnsweredV1Call.class, new KeyedToken(keyId, tokenSha256));
        return Optional.ofNullable(answered).map(AnsweredV1Call::getAnswer);
    }

    /** Keeps the success answer of the call (a concurrent twin may keep its own first: the commit then fails). */
    public void remember(String keyId, String tokenSha256, String answer) {
        if (em.find(AnsweredV1Call.class, new KeyedToken(keyId, tokenSha256)) == null) {
            em.persist(new AnsweredV1Call(keyId, tokenSha256, answer, Instant.now()));
        }
    }
}
