package org.kgconnector.persistence.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A login session, kept in the database so that any node serves it (no sticky sessions behind a balancer): the key
 * is the SHA-256 of the id the browser holds (a leaked table names no usable session), the identity is sealed with
 * the deployment's secrets key, and the purpose says which login it belongs to.
 */
@Entity
@Table(name = "browser_session")
public class BrowserSession {

    /** Which login a session belongs to: a session of one never opens another. */
    public enum Purpose {
        /** The joint-operation single sign-on of a customer's user. */
        SSO,
        /** The operator's console. */
        CONSOLE
    }

    @Id
    @Column(name = "id_sha256", length = 64)
    private String idSha256;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 16)
    private Purpose purpose;

    @Column(name = "identity_sealed", nullable = false)
    private String identitySealed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected BrowserSession() {
    }

    public BrowserSession(String idSha256, Purpose purpose, String identitySealed, Instant now, Instant expiresAt) {
        this.idSha256 = idSha256;
        this.purpose = purpose;
        this.identitySealed = identitySealed;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public Purpose getPurpose() {
        return purpose;
    }

    public String getIdentitySealed() {
        return identitySealed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    /** The renewed identity, valid until {@code expiresAt}. */
    public void renew(String identitySealed, Instant expiresAt) {
        this.identitySealed = identitySealed;
        this.expiresAt = expiresAt;
    }
}
