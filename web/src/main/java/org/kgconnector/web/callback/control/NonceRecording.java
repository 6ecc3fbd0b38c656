package org.kgconnector.web.callback.control;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.platform.replay.CallbackNonce;
import org.kgconnector.platform.replay.NonceReplayed;
import org.kgconnector.platform.replay.ReplayGuard;

/**
 * Runs a verified callback so that its nonce is recorded exactly once, cluster-wide: by the callback's first
 * business transaction, together with its change and job (one commit), or, when the callback changed nothing
 * (a query, a refusal, a failure), in a transaction of its own afterwards. A nonce found recorded before refuses
 * the call as a replay; its transaction rolled back, so it changed nothing.
 */
@ApplicationScoped
public class NonceRecording {

    private static final Logger LOG = ConnectorLog.logger(NonceRecording.class);

    @Inject
    ReplayGuard replayGuard;

    /** What the callback does once verified. */
    @FunctionalInterface
    interface Callback {
        Object answer() throws Exception;
    }

    /** The callback's answer, or null when its nonce was a replay. */
    Object answerOnce(Verdict verdict, Callback callback) throws Exception {
        if (verdict.nonce() == null) {
            return callback.answer();
        }
        String keyId = verdict.key().id();
        try (CallbackNonce.Scope scope = CallbackNonce.answering(keyId, verdict.nonce())) {
            Object answer;
            try {
                answer = callback.answer();
            } catch (Exception failed) {
                if (replayed(failed)) {
                    return null;
                }
                if (!scope.recorded() && !recordedNowAfter(failed, keyId, verdict.nonce())) {
                    return null;
                }
                throw failed;
            }
            return scope.recorded() || firstUse(keyId, verdict.nonce()) ? answer : null;
        }
    }

    private static boolean replayed(Throwable failed) {
        for (Throwable t = failed; t != null; t = t.getCause()) {
            if (t instanceof NonceReplayed) {
                return true;
            }
        }
        return false;
    }

    /** Records the nonce of a callback that failed; its own failure to do so is added to the first one. */
    private boolean recordedNowAfter(Exception failed, String keyId, String nonce) {
        try {
            return firstUse(keyId, nonce);
        } catch (RuntimeException alsoFailed) {
            failed.addSuppressed(alsoFailed);
            return true;
        }
    }

    /** Records the nonce in a transaction of its own; false when it was recorded before. */
    private boolean firstUse(String keyId, String nonce) {
        try {
            replayGuard.record(keyId, nonce);
            return true;
        } catch (EJBException e) {
            if (replayGuard.isRecorded(keyId, nonce)) {
                return false;
            }
            LOG.log(Level.SEVERE, "the nonce of a verified callback could not be recorded", e);
            throw e;
        }
    }
}
