package org.kgconnector.platform.ledger;

import java.util.Locale;
import java.util.Optional;

/**
 * The product family a callback belongs to, told by the address it arrived at: the same names in the console's
 * filters, its overview and the metrics.
 */
public enum CallbackFamily {
    SAAS("c.address = '/saas'"),
    KIT("(c.address LIKE '/saas/produceAPI/%' OR c.address LIKE '/license/produceAPI/%')"),
    LICENSE("c.address = '/license'"),
    LICENSE_CODE("c.address = '/license-code'"),
    SSO("c.address LIKE '/sso/%'");

    /** The label of the calls of no family. */
    public static final String OTHER = "other";

    private final String condition;

    CallbackFamily(String condition) {
        this.condition = condition;
    }

    /** The family of a ledger row's address; empty for an address of no family (a call to an unknown path). */
    public static Optional<CallbackFamily> of(String address) {
        if (address == null) {
            return Optional.empty();
        }
        if (address.startsWith("/saas/produceAPI/") || address.startsWith("/license/produceAPI/")) {
            return Optional.of(KIT);
        }
        if (address.startsWith("/sso/") && address.length() > "/sso/".length()) {
            return Optional.of(SSO);
        }
        return switch (address) {
            case "/saas" -> Optional.of(SAAS);
            case "/license" -> Optional.of(LICENSE);
            case "/license-code" -> Optional.of(LICENSE_CODE);
            default -> Optional.empty();
        };
    }

    /** The label of an address's family, {@code other} for an address of none (so a made-up path adds no series). */
    public static String labelOf(String address) {
        return of(address).map(CallbackFamily::label).orElse(OTHER);
    }

    /** The family's name in filters and labels: {@code saas}, {@code kit}, {@code license}, {@code license-code}, {@code sso}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The family of a label; empty for none. */
    public static Optional<CallbackFamily> ofLabel(String label) {
        for (CallbackFamily family : values()) {
            if (family.label().equalsIgnoreCase(label)) {
                return Optional.of(family);
            }
        }
        return Optional.empty();
    }

    /** The JPQL condition on a ledger row {@code c} of this family (an index on the address serves it). */
    public String condition() {
        return condition;
    }
}
