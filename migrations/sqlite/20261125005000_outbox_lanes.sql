-- Claims find work through outbox_household_pending alone: one probe per household to its
-- earliest undelivered row, then that household's run in id order. Rows are leased and
-- settled in bulk, so every index on pending rows is paid for on each claim; these two no
-- longer serve any statement.
DROP INDEX outbox_pending;
DROP INDEX outbox_pending_id;

-- Every claim first dead-letters rows whose lease ran out after their last attempt; this
-- lets it read leased rows only instead of the whole outbox. Rows in flight hold a lease
-- in the future, so the sweep reads just the few that expired.
CREATE INDEX outbox_leased ON outbox (lease_until)
    WHERE lease_until IS NOT NULL AND processed_at IS NULL AND dead_at IS NULL;
