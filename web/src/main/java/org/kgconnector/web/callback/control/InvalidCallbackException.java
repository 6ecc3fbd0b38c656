package org.kgconnector.web.callback.control;

/** A verified callback whose content breaks the spec: answered {@code 000002} with this message. */
public class InvalidCallbackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidCallbackException(String message) {
        super(message, null, false, false);
    }
}
