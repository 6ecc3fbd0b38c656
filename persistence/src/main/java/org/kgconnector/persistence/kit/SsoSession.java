package org.kgconnector.persistence.kit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A joint-operation login session, kept in the database so that any node serves its renewal and logout: the key is
 * the SHA-256 of the id the browser holds (a leaked table names no usable session), the identity is sealed.
 */
@Entity
@Table(name = "sso_session")
public class SsoSession {

    @Id
    @Column(name = "id_sha256", length = 64)
    private String idSha256;

    @Column(name = "identity_sealed", nullable = false)
    private String identitySealed;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected SsoSession() {
    }

    public SsoSession(String idSha256, String identitySealed, Instant now, Instant expiresAt) {
        this.idSha256 = idSha256;
        this.identitySealed = identitySealed;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    public String getIdentitySealed() {
        return identitySealed;
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
