package org.kgconnector.platform.replay;

import jakarta.ejb.ApplicationException;

/** The callback's nonce was recorded before: its transaction rolls back and the call is refused as a replay. */
@ApplicationException(rollback = true)
public class NonceReplayed extends RuntimeException {

    public NonceReplayed() {
        super("nonce was used before.", null, false, false);
    }
}
