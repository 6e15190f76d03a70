-- Open questions and offers a message carries buttons for (confirm an order, answer a
-- clarification, snooze a reminder). A button carries only the opaque token; what it does
-- and who may press it is decided here, server-side.
CREATE TABLE action (
    token        TEXT   PRIMARY KEY,
    household_id BIGINT NOT NULL REFERENCES household (id),
    kind         TEXT   NOT NULL,
    payload      TEXT   NOT NULL,
    status       TEXT   NOT NULL DEFAULT 'open',
    decided_by   TEXT,
    decision     TEXT,
    created_at   BIGINT NOT NULL,
    expires_at   BIGINT,
    decided_at   BIGINT
);
CREATE INDEX action_household ON action (household_id, created_at);
