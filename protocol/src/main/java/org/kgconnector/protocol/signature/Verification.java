package org.kgconnector.protocol.signature;

/** How the signature check of a callback ended. */
public enum Verification {
    /** The signature matched a configured key and the nonce was new. */
    VERIFIED,
    /** No signature was sent. */
    SIGNATURE_MISSING,
    /** The signature matched no configured key. */
    SIGNATURE_MISMATCH,
    /** The timestamp or nonce was missing or malformed. */
    PARAMETERS_MISSING,
    /** The timestamp lay outside the window. */
    TIMESTAMP_OUTSIDE_WINDOW,
    /** The nonce had been used before with the same key. */
    NONCE_REPLAYED,
    /** The body was larger than the address accepts; nothing was checked. */
    BODY_TOO_LARGE,
    /** A large body found no permit to be read within its wait (too many at once); nothing was checked. */
    BUSY,
    /** No key of the interface type is configured. */
    NO_KEY_CONFIGURED,
    /** A V1 call verified whose {@code authToken} was answered with success before: answered again, nothing run. */
    ANSWERED_BEFORE,
    /** An address without a marketplace signature: a single sign-on step, checked at the identity provider. */
    NOT_SIGNED
}
