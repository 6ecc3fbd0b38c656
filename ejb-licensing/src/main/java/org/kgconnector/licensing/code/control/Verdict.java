package org.kgconnector.licensing.code.control;

import java.util.Map;

/**
 * What a license API's {@code error_code} (docs/protocol/license.md §1.4.4) means for the vendor's software, in words it can
 * act on. Unknown codes are marketplace errors.
 */
public enum Verdict {

    ACTIVATED("the code is activated."),
    ALREADY_ACTIVE("the code was activated before; it is not activated twice."),
    NOT_CLAIMED("the customer has not yet claimed the code (KooGallery buyer center > service supervision)."),
    UNKNOWN_CODE("the marketplace does not know this code."),
    NOT_ACTIVATED("the code has not been activated yet."),
    INVALID_CODE("the code is malformed, or a batch holds an invalid code."),
    CREDENTIALS_REJECTED("the marketplace refused the connector's AK/SK (koogallery.openapi.ak/sk)."),
    MARKETPLACE_ERROR("the marketplace reported an internal error."),
    MARKETPLACE_UNAVAILABLE("the marketplace cannot be reached now.");

    private static final Map<String, Verdict> BY_CODE = Map.ofEntries(
            Map.entry("92020000", ACTIVATED),
            Map.entry("92020003", ALREADY_ACTIVE),
            Map.entry("92020004", NOT_CLAIMED),
            Map.entry("92020005", UNKNOWN_CODE),
            Map.entry("92020011", NOT_ACTIVATED),
            Map.entry("92020002", INVALID_CODE),
            Map.entry("92020020", INVALID_CODE),
            Map.entry("95000001", INVALID_CODE),
            Map.entry("95000004", INVALID_CODE),
            Map.entry("APIGW.0301", CREDENTIALS_REJECTED),
            Map.entry("APIGW.0303", CREDENTIALS_REJECTED),
            Map.entry("MKT.0150", CREDENTIALS_REJECTED),
            Map.entry("MKT.0151", CREDENTIALS_REJECTED),
            Map.entry("MKT.0154", CREDENTIALS_REJECTED),
            Map.entry("CBC.0150", CREDENTIALS_REJECTED));

    private final String message;

    Verdict(String message) {
        this.message = message;
    }

    public static Verdict of(String errorCode) {
        return errorCode == null ? MARKETPLACE_ERROR : BY_CODE.getOrDefault(errorCode, MARKETPLACE_ERROR);
    }

    public String message() {
        return message;
    }

    /** The code is (now) activated on the marketplace. */
    public boolean activated() {
        return this == ACTIVATED || this == ALREADY_ACTIVE;
    }
}
