-- platform: personal API tokens. A program calls /api with "Authorization: Bearer <token>" instead of sending a
-- password on every request (a password check costs a deliberate bcrypt round; a token check is one lookup).
-- Only the SHA-256 of a token is kept, so the table does not reveal working tokens.
CREATE TABLE api_token (
    id          UUID          PRIMARY KEY,
    account_id  UUID          NOT NULL REFERENCES account (id),
    name        VARCHAR(100)  NOT NULL,
    token_hash  CHAR(64)      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash_unique UNIQUE (token_hash)
);
CREATE INDEX api_token_account ON api_token (account_id);
