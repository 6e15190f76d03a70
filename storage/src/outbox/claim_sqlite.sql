-- SQLite serialises writers, so no row locks are needed; the ordering rule is PostgreSQL's:
-- a household's rows are claimed as a run from its earliest undelivered row (pending, leased
-- or backing off), at most $6 of them and cut at the first row that is not due. Cutting the
-- candidates by id keeps a prefix of every run.
--
-- $1 lease until, $2 worker, $3 now, $4 batch, $5 max attempts, $6 rows per lane.
UPDATE outbox
SET attempts = attempts + 1, lease_until = $1, claimed_by = $2
WHERE id IN (
    SELECT id FROM (
        SELECT id, household_id, due,
               ROW_NUMBER() OVER lane AS place,
               MIN(due) OVER lane AS clear
        FROM (SELECT id, household_id,
                     available_at <= $3 AND (lease_until IS NULL OR lease_until <= $3)
                     AND attempts < $5 AS due
              FROM outbox
              WHERE processed_at IS NULL AND dead_at IS NULL)
        WINDOW lane AS (PARTITION BY household_id ORDER BY id)
    )
    -- Rows of no household keep no order.
    WHERE due AND (household_id IS NULL OR (clear AND place <= $6))
    ORDER BY id
    LIMIT $4
)
RETURNING id, topic, household_id, event_id, payload, attempts, created_at
