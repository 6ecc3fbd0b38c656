package org.kgconnector.web.callback.control;

import java.time.Instant;
import org.kgconnector.protocol.log.CallbackRef;
import org.kgconnector.protocol.crypto.AccessKey;
import org.kgconnector.protocol.signature.Verification;
import org.kgconnector.protocol.time.Arrival;

/**
 * The stages of the callback being answered, one immutable value each, written once by the stage that makes it:
 * what arrived ({@link ReceivedCallback}, by the body capture), how its check ended ({@link Verdict}, and on
 * success the {@link VerifiedCallback} the resource receives, with the body read as JSON), by the signature check, the answer ({@link CallbackAnswer}) and what it was about ({@link LedgerSubject}); the ledger
 * reads them all. Before the body capture ran (any other address) nothing is known. The call's reference
 * ({@link CallbackRef}) is made once, when it is first asked for: by the body capture, as the call arrives.
 */
@jakarta.enterprise.context.RequestScoped
public class CallbackExchange {

    private final Instant createdAt = Instant.now();
    private final Arrival createdArrival = Arrival.now();
    private ReceivedCallback received;
    private Verdict verdict;
    private VerifiedCallback verified;
    private CallbackAnswer answer;
    private LedgerSubject subject = new LedgerSubject(null, null, null);
    private String ref;

    void received(ReceivedCallback callback) {
        this.received = callback;
    }

    void checked(Verdict outcome, VerifiedCallback callback) {
        this.verdict = outcome;
        this.verified = callback;
    }

    /** The verified call is a V1 replay of a call answered with success: it is answered again, nothing runs. */
    void answeredBefore() {
        this.verdict = verdict.answeredBefore();
    }

    void answered(CallbackAnswer sent) {
        this.answer = sent;
    }

    /** What the callback is about, once the resource has read it (again, once the outcome names an instance). */
    public void describe(String activity, String instanceId, Boolean testCall) {
        this.subject = new LedgerSubject(activity, instanceId, testCall);
    }

    /**
     * The reference of this call in the ledger, the server log and the answer's {@code X-KooGallery-Callback}
     * header, made on first use.
     */
    public String ref() {
        if (ref == null) {
            ref = CallbackRef.newRef();
        }
        return ref;
    }

    /** What arrived, or null when this is no callback address. */
    public ReceivedCallback received() {
        return received;
    }

    /** How the signature check ended, or null when it did not run. */
    public Verdict verdict() {
        return verdict;
    }

    /** The verified callback, or null when it was refused (or not checked). */
    public VerifiedCallback verified() {
        return verified;
    }

    public CallbackAnswer answer() {
        return answer;
    }

    public LedgerSubject subject() {
        return subject;
    }

    /** The scheme of the address, or null when this is no callback address. */
    public SignatureScheme scheme() {
        return received == null ? null : received.scheme();
    }

    public String address() {
        return received == null ? null : received.address();
    }

    /** The key that verified the call, or null. */
    public AccessKey verifiedKey() {
        return verified == null ? null : verified.key();
    }

    /** How the check ended for the ledger: a call that never reached it counts as unsigned. */
    public Verification verification() {
        return verdict == null ? Verification.SIGNATURE_MISSING : verdict.verification();
    }

    /** When the call arrived: the provisioning budget counts from here. */
    public Arrival arrival() {
        return received == null ? createdArrival : received.arrival();
    }

    public Instant receivedAt() {
        return received == null ? createdAt : received.receivedAt();
    }
}
