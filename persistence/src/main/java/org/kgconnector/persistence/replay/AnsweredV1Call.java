package org.kgconnector.persistence.replay;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A verified V1 {@code authToken} (by its SHA-256) that was answered with success, and that answer as sent: a
 * replay of the token gets the same answer again and executes nothing.
 */
@Entity
@Table(name = "answered_v1_call")
public class AnsweredV1Call {

    @EmbeddedId
    private Key key;

    @Column(name = "answer", nullable = false)
    private String answer;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected AnsweredV1Call() {
    }

    public AnsweredV1Call(String keyId, String tokenSha256, String answer, Instant answeredAt) {
        this.key = new Key(keyId, tokenSha256);
        this.answer = answer;
        this.answeredAt = answeredAt;
    }

    public String getAnswer() {
        return answer;
    }

    /** The (key id, token digest) pair. */
    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "key_id", length = 64)
        private String keyId;

        @Column(name = "token_sha256", length = 64)
        private String tokenSha256;

        protected Key() {
        }

        public Key(String keyId, String tokenSha256) {
            this.keyId = keyId;
            this.tokenSha256 = tokenSha256;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && other.keyId.equals(keyId) && other.tokenSha256.equals(tokenSha256);
        }

        @Override
        public int hashCode() {
            return Objects.hash(keyId, tokenSha256);
        }
    }
}
