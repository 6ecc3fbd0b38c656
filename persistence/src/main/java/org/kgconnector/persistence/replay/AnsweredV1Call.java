package org.kgconnector.persistence.replay;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A verified V1 {@code authToken} (by its SHA-256) that was answered with success, and that answer as sent: a
 * replay of the token gets the same answer again and executes nothing.
 */
@Entity
@Table(name = "answered_v1_call")
public class AnsweredV1Call {

    @EmbeddedId
    @AttributeOverride(name = "token", column = @Column(name = "token_sha256", length = 64))
    private KeyedToken key;

    @Column(name = "answer", nullable = false)
    private String answer;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected AnsweredV1Call() {
    }

    public AnsweredV1Call(String keyId, String tokenSha256, String answer, Instant answeredAt) {
        this.key = new KeyedToken(keyId, tokenSha256);
        this.answer = answer;
        this.answeredAt = answeredAt;
    }

    public String getAnswer() {
        return answer;
    }
}
