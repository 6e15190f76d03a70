-- Per item: when the forecast sweep last reminded the household, and until when a member
-- snoozed its reminders.
CREATE TABLE item_reminder (
    item_id        BIGINT NOT NULL PRIMARY KEY REFERENCES item (id),
    household_id   BIGINT NOT NULL REFERENCES household (id),
    reminded_at    BIGINT,
    snoozed_until  BIGINT
);

-- Pruning decided and expired button actions.
CREATE INDEX action_created_at ON action (created_at);

-- The forecast sweep looks for households with recent uses.
CREATE INDEX event_created_at ON event (created_at);
