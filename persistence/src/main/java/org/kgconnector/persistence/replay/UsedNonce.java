package org.kgconnector.persistence.replay;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A nonce that verified with a key. Its primary key makes a second use fail on any node of the cluster. */
@Entity
@Table(name = "used_nonce")
public class UsedNonce {

    @EmbeddedId
    private Key key;

    @Column(name = "used_at", nullable = false)
    private Instant usedAt;

    protected UsedNonce() {
    }

    public UsedNonce(String keyId, String nonce, Instant usedAt) {
        this.key = new Key(keyId, nonce);
        this.usedAt = usedAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

    /** The (key id, nonce) pair. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "key_id", length = 64)
        private String keyId;

        @Column(name = "nonce", length = 128)
        private String nonce;

        protected Key() {
        }

        public Key(String keyId, String nonce) {
            this.keyId = keyId;
            this.nonce = nonce;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && other.keyId.equals(keyId) && other.nonce.equals(nonce);
        }

        @Override
        public int hashCode() {
            return Objects.hash(keyId, nonce);
        }
    }
}
