package org.kgconnector.platform.replay;

/**
 * The verified nonce of the callback this thread is answering, until a transaction has recorded it. The first
 * business transaction of the callback records it before its own change ({@link NonceFirst}), so the nonce, the
 * change and its job commit together; a callback that ran no such transaction has it recorded afterwards by the
 * signature check. A rolled-back transaction leaves the nonce to be recorded again.
 */
public final class CallbackNonce {

    private static final ThreadLocal<CallbackNonce> ANSWERING = new ThreadLocal<>();

    private final String keyId;
    private final String nonce;
    private State state = State.WAITING;

    private enum State { WAITING, IN_TRANSACTION, RECORDED }

    private CallbackNonce(String keyId, String nonce) {
        this.keyId = keyId;
        this.nonce = nonce;
    }

    /** The nonce of the callback this thread answers until the scope is closed. */
    public static Scope answering(String keyId, String nonce) {
        CallbackNonce callbackNonce = new CallbackNonce(keyId, nonce);
        ANSWERING.set(callbackNonce);
        return new Scope(callbackNonce);
    }

    /** The nonce of the callback being answered on this thread that no transaction holds yet, or null. */
    static CallbackNonce waiting() {
        CallbackNonce current = ANSWERING.get();
        return current == null || current.state != State.WAITING ? null : current;
    }

    String keyId() {
        return keyId;
    }

    String nonce() {
        return nonce;
    }

    void heldByTransaction() {
        state = State.IN_TRANSACTION;
    }

    void transactionEnded(boolean committed) {
        state = committed ? State.RECORDED : State.WAITING;
    }

    /** Where the nonce of one callback is known; closing it ends the callback. */
    public static final class Scope implements AutoCloseable {

        private final CallbackNonce callbackNonce;

        private Scope(CallbackNonce callbackNonce) {
            this.callbackNonce = callbackNonce;
        }

        /** Whether a business transaction of this callback committed the nonce. */
        public boolean recorded() {
            return callbackNonce.state == State.RECORDED;
        }

        @Override
        public void close() {
            ANSWERING.remove();
        }
    }
}
