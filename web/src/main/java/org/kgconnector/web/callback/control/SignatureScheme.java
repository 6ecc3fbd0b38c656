package org.kgconnector.web.callback.control;

/**
 * How an address is signed and which key type verifies it, with the largest body it accepts
 * (docs/protocol/decisions.md, decisions 5 and 8).
 */
public enum SignatureScheme {

    /** SaaS V2 base activities and {@code orderNotify}: {@code ?signature&timestamp&nonce}, key type {@code base}. */
    V2_BASE("base", 1 << 20),

    /**
     * License codes 2.0: the same {@code ?signature&timestamp&nonce} scheme, key type {@code license-code}; an
     * {@code orderNotify} sent here may also be signed with the {@code base} key (decision 13 of docs/protocol/decisions.md).
     */
    LICENSE_CODE("license-code", 1 << 20),

    /** SaaS V1 (GET): {@code authToken} over the sorted query parameters, key type {@code legacy}. */
    V1_QUERY("legacy", 1 << 20),

    /** Kit V2 syncs: headers {@code x-sign}, {@code x-timestamp}, {@code x-nonce}, key type {@code kit}. */
    KIT_V2("kit", 16 << 20),

    /** Kit V1 syncs: header {@code authToken} over the body's members, key type {@code legacy}. */
    KIT_V1("legacy", 16 << 20);

    private final String keyType;
    private final int maxBodyBytes;

    SignatureScheme(String keyType, int maxBodyBytes) {
        this.keyType = keyType;
        this.maxBodyBytes = maxBodyBytes;
    }

    public String keyType() {
        return keyType;
    }

    public int maxBodyBytes() {
        return maxBodyBytes;
    }
}
