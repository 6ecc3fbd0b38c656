package org.kgconnector.web.callback.control;

/**
 * How an address is signed and which key type verifies it, with the largest body it accepts
 * (docs/protocol/decisions.md, decisions 5 and 8).
 */
public enum SignatureScheme {

    /** SaaS V2 base activities and {@code orderNotify}: {@code ?signature&timestamp&nonce}, key type {@code base}. */
    V2_BASE("base", BodyLimits.SMALL),

    /**
     * License codes 2.0: the same {@code ?signature&timestamp&nonce} scheme, key type {@code license-code}; an
     * {@code orderNotify} sent here may also be signed with the {@code base} key (decision 13 of docs/protocol/decisions.md).
     */
    LICENSE_CODE("license-code", BodyLimits.SMALL),

    /** SaaS V1 (GET): {@code authToken} over the sorted query parameters, key type {@code legacy}. */
    V1_QUERY("legacy", BodyLimits.SMALL),

    /** Kit V2 syncs: headers {@code x-sign}, {@code x-timestamp}, {@code x-nonce}, key type {@code kit}. */
    KIT_V2("kit", BodyLimits.LARGE),

    /** Kit V1 syncs: header {@code authToken} over the body's members, key type {@code legacy}. */
    KIT_V1("legacy", BodyLimits.LARGE);

    private final String keyType;
    private final int maxBodyBytes;

    SignatureScheme(String keyType, int maxBodyBytes) {
        this.keyType = keyType;
        this.maxBodyBytes = maxBodyBytes;
    }

    public String keyType() {
        return keyType;
    }

    /** The largest body any address of the scheme accepts. */
    public int maxBodyBytes() {
        return maxBodyBytes;
    }

    /**
     * The largest body this address accepts: the Kit's large limit only for the two syncs whose bodies need it
     * ({@code allOrgSync}, {@code authSync}), the small one everywhere else.
     */
    public int bodyLimit(String path) {
        if (maxBodyBytes <= BodyLimits.SMALL) {
            return maxBodyBytes;
        }
        return path.endsWith("/allOrgSync") || path.endsWith("/authSync") ? maxBodyBytes : BodyLimits.SMALL;
    }
}
