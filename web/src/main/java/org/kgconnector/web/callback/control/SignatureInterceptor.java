package org.kgconnector.web.callback.control;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.kgconnector.protocol.log.ConnectorLog;
import org.kgconnector.protocol.crypto.AccessKey;
import org.kgconnector.protocol.result.ResultCode;
import org.kgconnector.protocol.signature.HexBodySignature;
import org.kgconnector.protocol.signature.Verification;

/**
 * Verifies a callback before any business code runs: the body size, a key of the address's type, then the
 * scheme's own check ({@link V2SignatureVerifier} for base and Kit V2, {@link V1SignatureVerifier} for
 * SaaS V1 and Kit V1). A verified call reaches the resource as an immutable {@link VerifiedCallback}, its nonce
 * recorded with its change ({@link NonceRecording}), a V1 call answered again without running when its token
 * got a success before ({@link V1Replays}); a refusal answers at once, signed, with the spec's result code,
 * and nothing but the ledger row is written.
 */
@SignedCallback(SignatureScheme.V2_BASE)
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class SignatureInterceptor {

    private static final Logger LOG = ConnectorLog.logger(SignatureInterceptor.class);
    /** Key types whose absence was logged already: said once per deployment, not on every refused call. */
    private static final Set<String> MISSING_KEY_REPORTED = ConcurrentHashMap.newKeySet();
    /** At the license-code address an {@code orderNotify} may be signed with the {@code base} key too. */
    private static final String ORDER_NOTIFY = "orderNotify";

    @Inject
    CallbackExchange exchange;

    @Inject
    CallbackAnswers answers;

    @Inject
    KeyRing keyRing;

    @Inject
    V2SignatureVerifier v2;

    @Inject
    V1SignatureVerifier v1;

    @Inject
    NonceRecording nonces;

    @Inject
    V1Replays v1Replays;

    @AroundInvoke
    public Object verify(InvocationContext invocation) throws Exception {
        Optional<SignedCallback> signed = SignedCallbacks.of(invocation.getMethod());
        if (signed.isEmpty()) {
            // bound without a readable scheme: never let the call through unverified
            return refuse(Verdict.refused(Verification.SIGNATURE_MISSING, ResultCode.AUTHENTICATION_FAILED,
                    "the address has no signature scheme."));
        }
        SignatureScheme scheme = signed.get().value();
        ReceivedCallback received = exchange.received();
        if (received.busy()) {
            return refuse(Verdict.refused(Verification.BUSY, ResultCode.INTERNAL_ERROR,
                    "too many large bodies are being read at once; try again."));
        }
        if (received.bodyTooLarge()) {
            return refuse(Verdict.refused(Verification.BODY_TOO_LARGE, ResultCode.INVALID_PARAMETER,
                    "the body is larger than " + received.limit() + " bytes."));
        }
        LazyBody body = new LazyBody(received.rawBody());
        List<AccessKey> keys = keyRing.keys(scheme.keyType());
        Verdict verdict = keys.isEmpty() ? null : verify(scheme, received, body, keys);
        if (scheme == SignatureScheme.LICENSE_CODE && (verdict == null || !verdict.isVerified())
                && ORDER_NOTIFY.equals(body.activity()) && !keyRing.keys("base").isEmpty()) {
            verdict = verify(scheme, received, body, keyRing.keys("base"));
        }
        if (verdict == null) {
            if (MISSING_KEY_REPORTED.add(scheme.keyType())) {
                LOG.severe(() -> "no access key is configured for koogallery.keys." + scheme.keyType()
                        + ": every callback of this type is refused with 000005 until one is set");
            }
            return refuse(Verdict.refused(Verification.NO_KEY_CONFIGURED, ResultCode.INTERNAL_ERROR,
                    "no access key is configured for this interface."));
        }
        if (!verdict.isVerified()) {
            return refuse(verdict);
        }
        ParsedBody parsed = body.parsed();
        exchange.checked(verdict, new VerifiedCallback(scheme, verdict.key(), verdict.form(), parsed.body(),
                parsed.problem(), verdict.parameters(), received.arrival()));
        if (verdict.v1Token() != null) {
            return v1Replays.answerOnce(verdict, invocation::proceed);
        }
        Object answer = nonces.answerOnce(verdict, invocation::proceed);
        return answer != null ? answer : refuse(Verdict.replayed());
    }

    private Verdict verify(SignatureScheme scheme, ReceivedCallback received, LazyBody body, List<AccessKey> keys) {
        return switch (scheme) {
            case V2_BASE, LICENSE_CODE -> v2.verify(body, keys, SignatureParameters.fromQuery(received.rawQuery()),
                    HexBodySignature.BASE);
            case KIT_V2 -> v2.verify(body, keys, SignatureParameters.fromHeaders(received), HexBodySignature.KIT);
            case V1_QUERY -> v1.verify(received, keys);
            case KIT_V1 -> v1.verifyBody(received, body.parsed(), keys);
        };
    }

    private Object refuse(Verdict verdict) {
        exchange.checked(verdict, null);
        return answers.result(verdict.code(), verdict.message());
    }
}
