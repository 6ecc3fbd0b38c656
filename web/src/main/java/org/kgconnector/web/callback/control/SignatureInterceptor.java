package org.kgconnector.web.callback.control;

import jakarta.annotation.Priority;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.kgconnector.persistence.ledger.Verification;
import org.kgconnector.protocol.crypto.AccessKey;
import org.kgconnector.protocol.json.JsonText;
import org.kgconnector.protocol.json.MalformedJsonException;
import org.kgconnector.protocol.result.ResultCode;
import org.kgconnector.protocol.signature.HexBodySignature;
import org.kgconnector.protocol.signature.PayloadForm;
import org.kgconnector.protocol.time.ProtocolTime;

/**
 * Verifies a callback before any business code runs (decision 8 order): body size, presence of timestamp, nonce
 * and signature, the time window, the HMAC with every key of the address's type, then the nonce, recorded only
 * once the HMAC matched. A failure answers at once, signed, with the spec's result code.
 */
@SignedCallback(SignatureScheme.V2_BASE)
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class SignatureInterceptor {

    private static final Logger LOG = Logger.getLogger(SignatureInterceptor.class.getName());
    private static final int MAX_NONCE_LENGTH = 128;
    /** Key types whose absence was logged already: said once per deployment, not on every refused call. */
    private static final Set<String> MISSING_KEY_REPORTED = ConcurrentHashMap.newKeySet();

    @Inject
    CallbackExchange exchange;

    @Inject
    CallbackAnswers answers;

    @Inject
    KeyRing keyRing;

    @Inject
    ReplayGuard replayGuard;

    @Inject
    @ConfigProperty(name = "koogallery.signature.window", defaultValue = "PT60S")
    Duration window;

    @Inject
    @ConfigProperty(name = "koogallery.signature.payload-form", defaultValue = "either")
    String payloadForm;

    @AroundInvoke
    public Object verify(InvocationContext invocation) throws Exception {
        SignedCallback signed = invocation.getMethod().getAnnotation(SignedCallback.class);
        if (signed == null) {
            return invocation.proceed();
        }
        readBody();
        if (exchange.bodyTooLarge()) {
            return reject(Verification.BODY_TOO_LARGE, ResultCode.INVALID_PARAMETER,
                    "the body is larger than " + signed.value().maxBodyBytes() + " bytes.");
        }
        List<AccessKey> keys = keyRing.keys(signed.value().keyType());
        if (keys.isEmpty()) {
            if (MISSING_KEY_REPORTED.add(signed.value().keyType())) {
                LOG.severe(() -> "no access key is configured for koogallery.keys." + signed.value().keyType()
                        + ": every callback of this type is refused with 000005 until one is set");
            }
            return reject(Verification.NO_KEY_CONFIGURED, ResultCode.INTERNAL_ERROR,
                    "no access key is configured for this interface.");
        }
        SignatureParameters p = SignatureParameters.fromQuery(exchange.rawQuery());
        if (p.timestamp() == null || p.nonce() == null) {
            return reject(Verification.PARAMETERS_MISSING, ResultCode.INVALID_PARAMETER, "timestamp or nonce is missing.");
        }
        if (p.signature() == null) {
            return reject(Verification.SIGNATURE_MISSING, ResultCode.AUTHENTICATION_FAILED, "signature is missing.");
        }
        Optional<Instant> timestamp = ProtocolTime.parseEpochMillis(p.timestamp());
        if (timestamp.isEmpty() || p.nonce().length() > MAX_NONCE_LENGTH) {
            return reject(Verification.PARAMETERS_MISSING, ResultCode.INVALID_PARAMETER, "timestamp or nonce is malformed.");
        }
        if (!ProtocolTime.withinWindow(timestamp.get(), Instant.now(), window)) {
            return reject(Verification.TIMESTAMP_OUTSIDE_WINDOW, ResultCode.INVALID_PARAMETER,
                    "timestamp is outside the allowed window.");
        }
        PayloadForm forms = PayloadForm.parse(payloadForm);
        for (AccessKey key : keys) {
            Optional<PayloadForm> matched = HexBodySignature.BASE.verify(key.value(), p.nonce(), p.timestamp(),
                    exchange.rawBody(), exchange.body(), p.signature(), forms);
            if (matched.isPresent()) {
                return afterMatch(invocation, key, matched.get(), p.nonce());
            }
        }
        return reject(Verification.SIGNATURE_MISMATCH, ResultCode.AUTHENTICATION_FAILED, "signature is invalid.");
    }

    private Object afterMatch(InvocationContext invocation, AccessKey key, PayloadForm form, String nonce) throws Exception {
        exchange.verified(key, form.name());
        try {
            replayGuard.record(key.id(), nonce);
        } catch (EJBException e) {
            if (replayGuard.isRecorded(key.id(), nonce)) {
                exchange.rejected(Verification.NONCE_REPLAYED);
                return answers.result(ResultCode.AUTHENTICATION_FAILED, "nonce was used before.");
            }
            LOG.log(Level.SEVERE, "the nonce of a verified callback could not be recorded", e);
            return answers.result(ResultCode.INTERNAL_ERROR, "internal service error.");
        }
        return invocation.proceed();
    }

    private void readBody() {
        try {
            exchange.parsed(JsonText.parseObject(exchange.rawBody()), null);
        } catch (MalformedJsonException e) {
            exchange.parsed(null, e.getMessage());
        }
    }

    private Object reject(Verification why, ResultCode code, String message) {
        exchange.rejected(why);
        return answers.result(code, message);
    }
}
