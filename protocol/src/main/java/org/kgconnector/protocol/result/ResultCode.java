package org.kgconnector.protocol.result;

/** The {@code resultCode} table shared by V1, V2, Kit and License callbacks (docs/protocol/saas.md §4, docs/protocol/license.md). */
public enum ResultCode {
    SUCCESS("000000", "success."),
    AUTHENTICATION_FAILED("000001", "authentication failed."),
    INVALID_PARAMETER("000002", "invalid request parameter."),
    INSTANCE_NOT_FOUND("000003", "instance does not exist."),
    PROCESSING("000004", "request is being processed."),
    INTERNAL_ERROR("000005", "internal service error."),
    NO_RESOURCE("000100", "no instance resource available."),
    MOBILE_INVALID("000101", "mobile number missing or already in use."),
    EMAIL_INVALID("000102", "e-mail address missing or already in use."),
    ALREADY_PURCHASED("000103", "product already purchased."),
    PRODUCT_ERROR("000104", "internal service error of the product."),
    BENEFIT_EXISTS("000105", "account already subscribed."),
    SOLD_OUT("000106", "product resources sold out."),
    EMAIL_DOMAIN_EXISTS("000107", "e-mail domain already exists."),
    LICENSE_QUOTA_EXHAUSTED("000900", "the current order has no License quota left."),
    LICENSE_OUTSIDE_VALIDITY("000901", "apply within the validity of the current order."),
    LICENSE_EXPIRY_REQUIRED("000902", "a periodic License must carry an expiry date."),
    LICENSE_FINGERPRINT_REQUIRED("000903", "a device fingerprint is required.");

    private final String code;
    private final String defaultMessage;

    ResultCode(String code, String defaultMessage) {
        this.code = code;
        this.defaultMessage = defaultMessage;
    }

    public String code() {
        return code;
    }

    public String defaultMessage() {
        return defaultMessage;
    }

    public static ResultCode ofCode(String code) {
        for (ResultCode r : values()) {
            if (r.code.equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown result code " + code);
    }
}
