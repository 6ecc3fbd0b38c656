package org.kgconnector.kit.sso.boundary;

import jakarta.ejb.ApplicationException;

/** A login or renewal that cannot go on; the message is shown to the user and says nothing secret. */
@ApplicationException
public class SsoRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean userError;

    public SsoRefused(String message, boolean userError) {
        super(message, null, false, false);
        this.userError = userError;
    }

    /** True when the user or the identity provider is at fault (unknown tenant, bad code, not authorised). */
    public boolean userError() {
        return userError;
    }
}
