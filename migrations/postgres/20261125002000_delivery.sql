-- What the relay has sent for an outbox row, one row per chat, so a redelivered outbox row
-- (a crashed worker, an expired lease) sends nothing twice.
CREATE TABLE delivery (
    outbox_id   BIGINT NOT NULL,
    platform    TEXT   NOT NULL,
    chat_id     TEXT   NOT NULL,
    message_ref TEXT,
    sent_at     BIGINT NOT NULL,
    PRIMARY KEY (outbox_id, platform, chat_id)
);
CREATE INDEX delivery_sent_at ON delivery (sent_at);

-- Per-household order: a row is claimable only when no earlier row of its household is
-- still undelivered. This index makes that check one probe.
CREATE INDEX outbox_household_pending ON outbox (household_id, id)
    WHERE processed_at IS NULL AND dead_at IS NULL;

-- Claims walk pending rows in id order; this lets them skip delivered ones.
CREATE INDEX outbox_pending_id ON outbox (id) WHERE processed_at IS NULL AND dead_at IS NULL;
