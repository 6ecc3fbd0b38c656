package org.kgconnector.persistence.replay;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * A token that verified with one access key (a nonce, the digest of a V1 {@code authToken}): the primary key that
 * makes its second recording fail on any node. Each entity names the token's column.
 */
@Embeddable
public class KeyedToken implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "key_id", length = 64)
    private String keyId;

    @Column(name = "token", length = 128)
    private String token;

    protected KeyedToken() {
    }

    public KeyedToken(String keyId, String token) {
        this.keyId = keyId;
        this.token = token;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyedToken other && other.keyId.equals(keyId) && other.token.equals(token);
    }

    @Override
    public int hashCode() {
        return Objects.hash(keyId, token);
    }
}
