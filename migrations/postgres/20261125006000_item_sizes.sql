-- Sizes a household taught: one `unit` of the item (a bottle; '' for a single thing) is
-- `amount` `per` (litres; '' for a bare count).
CREATE TABLE item_size (
    item_id       BIGINT NOT NULL REFERENCES item (id),
    unit          TEXT NOT NULL,
    household_id  BIGINT NOT NULL REFERENCES household (id),
    amount        DOUBLE PRECISION NOT NULL,
    per           TEXT NOT NULL,
    PRIMARY KEY (item_id, unit)
);
