package org.kgconnector.protocol.legacy;

/** The V1 {@code encryptType}: {@code "1"} AES-256 (default), {@code "2"} AES-128. */
public enum EncryptType {
    AES_256("1", 256), AES_128("2", 128);

    private final String code;
    private final int bits;

    EncryptType(String code, int bits) {
        this.code = code;
        this.bits = bits;
    }

    public String code() {
        return code;
    }

    public int bits() {
        return bits;
    }

    /** From the configured key size, {@code 256} or {@code 128}. */
    public static EncryptType ofBits(int bits) {
        for (EncryptType t : values()) {
            if (t.bits == bits) {
                return t;
            }
        }
        throw new IllegalArgumentException("AES key size must be 256 or 128, not " + bits);
    }
}
