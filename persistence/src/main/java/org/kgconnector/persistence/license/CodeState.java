package org.kgconnector.persistence.license;

/** The license-code states of docs/protocol/license.md §1.5, as the vendor's software sees them. */
public enum CodeState {

    /** Known from a callback, not yet activated by the vendor's software. */
    NOT_ACTIVATED,
    /** Activated and within its validity: the software may be used. */
    ACTIVE,
    /** Past its expiry: the software blocks the user and points to renewal on KooGallery. */
    EXPIRED,
    /** Frozen after the grace period; the user's data is kept for up to 15 days. */
    FROZEN,
    /** Released: terminal, the code's resources may be deleted. */
    RELEASED;

    public boolean usable() {
        return this == ACTIVE;
    }
}
