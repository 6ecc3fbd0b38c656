-- A V1 call (SaaS V1, Kit V1, legacy License) carries no nonce: each verified authToken that got a success answer
-- is kept with that answer, so a replay of it is answered again, exactly, and executes nothing.
CREATE TABLE answered_v1_call (
    key_id       VARCHAR(64)  NOT NULL,
    token_sha256 CHAR(64)     NOT NULL,
    answer       VARCHAR      NOT NULL,
    answered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_answered_v1_call PRIMARY KEY (key_id, token_sha256)
);
CREATE INDEX ix_answered_v1_call_answered_at ON answered_v1_call (answered_at);
