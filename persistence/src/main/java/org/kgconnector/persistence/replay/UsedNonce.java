package org.kgconnector.persistence.replay;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A nonce that verified with a key. Its primary key makes a second use fail on any node of the cluster. */
@Entity
@Table(name = "used_nonce")
public class UsedNonce {

    @EmbeddedId
    @AttributeOverride(name = "token", column = @Column(name = "nonce", length = 128))
    private KeyedToken key;

    @Column(name = "used_at", nullable = false)
    private Instant usedAt;

    protected UsedNonce() {
    }

    public UsedNonce(String keyId, String nonce, Instant usedAt) {
        this.key = new KeyedToken(keyId, nonce);
        this.usedAt = usedAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
