-- The joint-operation login's sessions, shared by every node (no login state in one node's HTTP session, so a load
-- balancer needs no sticky sessions): the browser holds a random id, the row its SHA-256 and the admitted identity
-- with the identity provider's tokens, sealed with the deployment's secrets key.
CREATE TABLE sso_session (
    id_sha256        CHAR(64)     NOT NULL,
    identity_sealed  VARCHAR      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_sso_session PRIMARY KEY (id_sha256)
);
CREATE INDEX ix_sso_session_expires_at ON sso_session (expires_at);
