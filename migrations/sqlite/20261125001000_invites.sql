-- One-time codes that link another chat (a group, a private chat, a Discord channel) to an
-- existing household. A code is used at most once and only before it expires.
CREATE TABLE invite (
    code         TEXT   PRIMARY KEY,
    household_id BIGINT NOT NULL REFERENCES household (id),
    created_by   TEXT   NOT NULL,
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT NOT NULL,
    used_at      BIGINT,
    used_by_chat TEXT
);
CREATE INDEX invite_household ON invite (household_id, created_at);
