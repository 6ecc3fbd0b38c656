package org.kgconnector.protocol.json;

/** The bytes are not a JSON object the protocol can read. The message names the problem, never the content. */
public class MalformedJsonException extends Exception {

    private static final long serialVersionUID = 1L;

    public MalformedJsonException(String message) {
        super(message);
    }
}
