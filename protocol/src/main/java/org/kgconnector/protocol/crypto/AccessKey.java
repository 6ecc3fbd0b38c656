package org.kgconnector.protocol.crypto;

import java.util.Objects;

/**
 * One access key of one interface type, as the seller center binds it. The value never appears in
 * {@link #toString()}, logs or exception messages: a key is named by {@link #id()}, its type, its position in
 * the configured list and the first 8 hex digits of the SHA-256 of its value.
 */
public final class AccessKey {

    private final String type;
    private final int position;
    private final String value;
    private final String id;

    public AccessKey(String type, int position, String value) {
        this.type = Objects.requireNonNull(type, "type");
        this.position = position;
        this.value = Objects.requireNonNull(value, "value");
        this.id = type + "#" + position + ":" + Hmac.digestHex(Hmac.utf8(value)).substring(0, 8);
    }

    public String type() {
        return type;
    }

    public int position() {
        return position;
    }

    /** The secret itself, for signing only. */
    public String value() {
        return value;
    }

    /** A name safe to log and store, for example {@code base#0:1a2b3c4d}. */
    public String id() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AccessKey other && other.id.equals(id) && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "AccessKey[" + id + "]";
    }
}
