package org.kgconnector.web.callback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kgconnector.platform.config.ConnectorSettings;
import org.kgconnector.protocol.crypto.AccessKey;
import org.kgconnector.protocol.result.ResultCode;
import org.kgconnector.protocol.signature.HexBodySignature;
import org.kgconnector.protocol.signature.PayloadForm;
import org.kgconnector.protocol.signature.Verification;
import org.kgconnector.protocol.time.ProtocolTime;

/**
 * The V2 check of base interfaces and Kit syncs, in the order of decision 8 of docs/protocol/decisions.md: presence
 * of timestamp, nonce and signature, the ±window, the HMAC with every key over the raw bytes, and only when none
 * matches over the canonical body (the body is parsed for that, or once verified).
 * The nonce of a verified call is recorded once per key across the cluster by {@link NonceRecording}, with the
 * call's change.
 */
@ApplicationScoped
public class V2SignatureVerifier {

    private static final int MAX_NONCE_LENGTH = 128;

    @Inject
    ConnectorSettings settings;

    Verdict verify(LazyBody body, List<AccessKey> keys, SignatureParameters p, HexBodySignature algorithm) {
        Optional<Verdict> refused = refusedBeforeTheBody(p);
        if (refused.isPresent()) {
            return refused.get();
        }
        PayloadForm forms = PayloadForm.parse(settings.payloadForm());
        if (forms.triesRaw()) {
            for (AccessKey key : keys) {
                if (algorithm.matchesRaw(key.value(), p.nonce(), p.timestamp(), body.raw(), p.signature())) {
                    PayloadForm sent = HexBodySignature.formOfRaw(body.raw(), body.parsed().body());
                    return Verdict.verifiedWithNonce(key, sent.name(), p.nonce());
                }
            }
        }
        if (forms.triesCanonical()) {
            for (AccessKey key : keys) {
                if (algorithm.matchesCanonical(key.value(), p.nonce(), p.timestamp(), body.parsed().body(), p.signature())) {
                    return Verdict.verifiedWithNonce(key, PayloadForm.CANONICAL.name(), p.nonce());
                }
            }
        }
        return Verdict.refused(Verification.SIGNATURE_MISMATCH, ResultCode.AUTHENTICATION_FAILED, "signature is invalid.");
    }

    /**
     * What the signature parameters alone refuse, before any of the body is read: a missing timestamp, nonce or
     * signature, a malformed one, a timestamp outside the window.
     */
    Optional<Verdict> refusedBeforeTheBody(SignatureParameters p) {
        if (p.timestamp() == null || p.nonce() == null) {
            return Optional.of(Verdict.refused(Verification.PARAMETERS_MISSING, ResultCode.INVALID_PARAMETER,
                    "timestamp or nonce is missing."));
        }
        if (p.signature() == null) {
            return Optional.of(Verdict.refused(Verification.SIGNATURE_MISSING, ResultCode.AUTHENTICATION_FAILED,
                    "signature is missing."));
        }
        Optional<Instant> timestamp = ProtocolTime.parseEpochMillis(p.timestamp());
        if (timestamp.isEmpty() || p.nonce().length() > MAX_NONCE_LENGTH) {
            return Optional.of(Verdict.refused(Verification.PARAMETERS_MISSING, ResultCode.INVALID_PARAMETER,
                    "timestamp or nonce is malformed."));
        }
        if (!ProtocolTime.withinWindow(timestamp.get(), Instant.now(), settings.signatureWindow())) {
            return Optional.of(Verdict.refused(Verification.TIMESTAMP_OUTSIDE_WINDOW, ResultCode.INVALID_PARAMETER,
                    "timestamp is outside the allowed window."));
        }
        return Optional.empty();
    }
}
