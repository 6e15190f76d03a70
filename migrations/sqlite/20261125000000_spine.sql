-- Timestamps are milliseconds since the Unix epoch (BIGINT), the same in PostgreSQL and SQLite,
-- so that every comparison and back-off computation reads alike in both stores.

CREATE TABLE household (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    locale          TEXT    NOT NULL,
    time_zone       TEXT    NOT NULL,
    summary_cadence TEXT    NOT NULL DEFAULT 'weekly',
    summary_weekday INTEGER NOT NULL DEFAULT 0,
    summary_hour    INTEGER NOT NULL DEFAULT 18,
    created_at      BIGINT  NOT NULL
);

CREATE TABLE chat_link (
    platform     TEXT   NOT NULL,
    chat_id      TEXT   NOT NULL,
    household_id BIGINT NOT NULL REFERENCES household (id),
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (platform, chat_id)
);
CREATE INDEX chat_link_household ON chat_link (household_id);

CREATE TABLE member (
    household_id BIGINT NOT NULL REFERENCES household (id),
    platform     TEXT   NOT NULL,
    user_id      TEXT   NOT NULL,
    display_name TEXT   NOT NULL,
    created_at   BIGINT NOT NULL,
    PRIMARY KEY (household_id, platform, user_id)
);

CREATE TABLE item (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    household_id  BIGINT NOT NULL REFERENCES household (id),
    name          TEXT   NOT NULL,
    unit          TEXT,
    package_size  REAL,
    min_stock     REAL,
    desired_stock REAL,
    created_at    BIGINT NOT NULL,
    CONSTRAINT item_household_name UNIQUE (household_id, name)
);

CREATE TABLE item_alias (
    household_id BIGINT NOT NULL REFERENCES household (id),
    alias        TEXT   NOT NULL,
    item_id      BIGINT NOT NULL REFERENCES item (id),
    PRIMARY KEY (household_id, alias)
);

CREATE TABLE stock (
    item_id    BIGINT PRIMARY KEY REFERENCES item (id),
    quantity   REAL,
    unit       TEXT,
    updated_at BIGINT NOT NULL
);

CREATE TABLE event (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    household_id BIGINT NOT NULL REFERENCES household (id),
    type         TEXT   NOT NULL,
    payload      TEXT   NOT NULL,
    actor        TEXT,
    created_at   BIGINT NOT NULL
);
CREATE INDEX event_household_time ON event (household_id, created_at);

-- A pending row has processed_at IS NULL and dead_at IS NULL. A claimed row holds a lease
-- (lease_until); when the lease runs out the row is claimable again.
CREATE TABLE outbox (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    topic        TEXT    NOT NULL,
    household_id BIGINT,
    event_id     BIGINT,
    payload      TEXT    NOT NULL,
    dedupe_key   TEXT,
    created_at   BIGINT  NOT NULL,
    available_at BIGINT  NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    lease_until  BIGINT,
    claimed_by   TEXT,
    last_error   TEXT,
    processed_at BIGINT,
    dead_at      BIGINT,
    CONSTRAINT outbox_dedupe_key UNIQUE (dedupe_key)
);
CREATE INDEX outbox_pending ON outbox (available_at, id) WHERE processed_at IS NULL AND dead_at IS NULL;
CREATE INDEX outbox_processed ON outbox (processed_at) WHERE processed_at IS NOT NULL;

CREATE TABLE inbound (
    platform    TEXT   NOT NULL,
    source_id   TEXT   NOT NULL,
    received_at BIGINT NOT NULL,
    PRIMARY KEY (platform, source_id)
);

-- What each member changed, so that "undo" can take back their own last change.
CREATE TABLE change_log (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    household_id BIGINT NOT NULL REFERENCES household (id),
    platform     TEXT   NOT NULL,
    user_id      TEXT   NOT NULL,
    batch        TEXT   NOT NULL,
    event_id     BIGINT NOT NULL REFERENCES event (id),
    item_id      BIGINT NOT NULL REFERENCES item (id),
    kind         TEXT   NOT NULL,
    before_qty   REAL,
    before_unit  TEXT,
    after_qty    REAL,
    after_unit   TEXT,
    undone_at    BIGINT,
    created_at   BIGINT NOT NULL
);
CREATE INDEX change_log_member ON change_log (household_id, platform, user_id, id);

CREATE TABLE shopping_list (
    household_id BIGINT NOT NULL REFERENCES household (id),
    item_id      BIGINT NOT NULL REFERENCES item (id),
    quantity     REAL,
    unit         TEXT,
    added_by     TEXT,
    added_at     BIGINT NOT NULL,
    PRIMARY KEY (household_id, item_id)
);

CREATE TABLE orders (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    household_id BIGINT NOT NULL REFERENCES household (id),
    status       TEXT   NOT NULL,
    lines        TEXT   NOT NULL,
    store        TEXT,
    store_ref    TEXT,
    decided_by   TEXT,
    created_at   BIGINT NOT NULL,
    updated_at   BIGINT NOT NULL
);
CREATE INDEX orders_household ON orders (household_id, id);

CREATE TABLE schedule (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    household_id BIGINT  NOT NULL REFERENCES household (id),
    kind         TEXT    NOT NULL,
    spec         TEXT    NOT NULL,
    enabled      INTEGER NOT NULL DEFAULT 1,
    last_period  TEXT,
    created_at   BIGINT  NOT NULL
);
CREATE INDEX schedule_household ON schedule (household_id);
