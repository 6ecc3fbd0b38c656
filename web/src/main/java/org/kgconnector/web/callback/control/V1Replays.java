package org.kgconnector.web.callback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.platform.replay.V1Answers;
import org.kgconnector.protocol.crypto.Hmac;
import org.kgconnector.protocol.result.ResultCode;

/**
 * A V1 call has no nonce, so its {@code authToken} stands in for one: a token whose call was answered with success
 * is answered again with exactly that answer and runs nothing (a captured V1 call cannot undo later state, such as
 * re-granting a user removed since); a token answered otherwise runs again, the way the marketplace's own retry of
 * a failed call expects.
 */
@ApplicationScoped
public class V1Replays {

    private static final Logger LOG = ConnectorLog.logger(V1Replays.class);

    @Inject
    V1Answers answered;

    @Inject
    CallbackExchange exchange;

    @Inject
    CallbackAnswers answers;

    Object answerOnce(Verdict verdict, NonceRecording.Callback callback) throws Exception {
        String keyId = verdict.key().id();
        String token = Hmac.digestHex(verdict.v1Token().getBytes(StandardCharsets.UTF_8));
        var before = answered.answerOf(keyId, token);
        if (before.isPresent()) {
            exchange.answeredBefore();
            return answers.again(before.get().getBytes(StandardCharsets.US_ASCII));
        }
        Object answer = callback.answer();
        CallbackAnswer sent = exchange.answer();
        if (sent != null && ResultCode.SUCCESS.code().equals(sent.resultCode())) {
            try {
                answered.remember(keyId, token, new String(sent.bytes(), StandardCharsets.US_ASCII));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the success answer of a V1 call could not be kept (or a twin kept its own):"
                        + " a replay of it would run again", e);
            }
        }
        return answer;
    }
}
