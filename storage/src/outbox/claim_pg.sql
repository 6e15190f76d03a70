-- Claim due rows as runs. A household's lane is its undelivered rows (pending, leased or
-- backing off) in id order. A claim takes a lane's run: its rows from the head on, at most $6
-- of them, cut at the first row that is not due; so a lane whose head is in flight or backing
-- off gives nothing, one worker holds a prefix of a lane, and messages to one chat are never
-- reordered or handled concurrently. Lanes of different households run in parallel.
--
-- Lanes are found with a loose index scan over outbox_household_pending (one probe per
-- household), starting at a random household and wrapping around, and pulled one at a time
-- until the batch is full: a claim does not walk every lane, and no household waits behind
-- lower-numbered ones.
--
-- Every row is found through (household_id, id), and the final UPDATE by id alone: then
-- each index the planner may pick narrows to the rows wanted, even while the statistics
-- still say the outbox is empty (a new database, or a burst after a quiet spell).
--
-- $1 lease until, $2 worker, $3 now, $4 batch, $5 max attempts, $6 rows per lane.
WITH RECURSIVE bounds AS MATERIALIZED (
    SELECT lo + floor(random() * (hi::float8 - lo::float8 + 1))::bigint AS start
    FROM (SELECT
            (SELECT household_id FROM outbox
             WHERE processed_at IS NULL AND dead_at IS NULL AND household_id IS NOT NULL
             ORDER BY household_id LIMIT 1) AS lo,
            (SELECT household_id FROM outbox
             WHERE processed_at IS NULL AND dead_at IS NULL AND household_id IS NOT NULL
             ORDER BY household_id DESC LIMIT 1) AS hi
          OFFSET 0) b
),
-- Each step finds the next household and its head, and whether the head is due.
upper_lanes (household_id, head, due) AS (
    (SELECT o.household_id, o.id,
            o.available_at <= $3 AND (o.lease_until IS NULL OR o.lease_until <= $3)
            AND o.attempts < $5
     FROM outbox o
     WHERE o.processed_at IS NULL AND o.dead_at IS NULL
       AND o.household_id >= (SELECT start FROM bounds)
     ORDER BY o.household_id, o.id LIMIT 1)
    UNION ALL
    SELECT n.household_id, n.id, n.due
    FROM upper_lanes l CROSS JOIN LATERAL (
        SELECT o.household_id, o.id,
               o.available_at <= $3 AND (o.lease_until IS NULL OR o.lease_until <= $3)
               AND o.attempts < $5 AS due
        FROM outbox o
        WHERE o.processed_at IS NULL AND o.dead_at IS NULL AND o.household_id > l.household_id
        ORDER BY o.household_id, o.id LIMIT 1) n
),
lower_lanes (household_id, head, due) AS (
    (SELECT o.household_id, o.id,
            o.available_at <= $3 AND (o.lease_until IS NULL OR o.lease_until <= $3)
            AND o.attempts < $5
     FROM outbox o
     WHERE o.processed_at IS NULL AND o.dead_at IS NULL
       AND o.household_id < (SELECT start FROM bounds)
     ORDER BY o.household_id, o.id LIMIT 1)
    UNION ALL
    SELECT n.household_id, n.id, n.due
    FROM lower_lanes l CROSS JOIN LATERAL (
        SELECT o.household_id, o.id,
               o.available_at <= $3 AND (o.lease_until IS NULL OR o.lease_until <= $3)
               AND o.attempts < $5 AS due
        FROM outbox o
        WHERE o.processed_at IS NULL AND o.dead_at IS NULL AND o.household_id > l.household_id
          AND o.household_id < (SELECT start FROM bounds)
        ORDER BY o.household_id, o.id LIMIT 1) n
),
-- A lane's run: its first $6 undelivered rows, as far as each is due and locked here. Locks
-- are taken with SKIP LOCKED: the head's lock is the lane's, so a lane that a concurrent claim
-- holds is passed over, and a row in the middle that someone holds ends the run.
runs AS MATERIALIZED (
    SELECT r.id
    FROM (SELECT * FROM upper_lanes UNION ALL SELECT * FROM lower_lanes) l
    CROSS JOIN LATERAL (
        SELECT o.id FROM outbox o
        WHERE o.household_id = l.household_id AND o.id = l.head
          AND o.processed_at IS NULL AND o.dead_at IS NULL
          AND o.available_at <= $3 AND (o.lease_until IS NULL OR o.lease_until <= $3)
          AND o.attempts < $5
        FOR UPDATE SKIP LOCKED
    ) head
    CROSS JOIN LATERAL (
        SELECT array_agg(k.id) AS ids FROM (
            SELECT o.id FROM outbox o
            WHERE o.household_id = l.household_id
              AND o.processed_at IS NULL AND o.dead_at IS NULL
              AND o.available_at <= $3 AND (o.lease_until IS NULL OR o.lease_until <= $3)
              AND o.attempts < $5
            ORDER BY o.household_id, o.id LIMIT $6
            FOR UPDATE SKIP LOCKED) k
    ) locked
    CROSS JOIN LATERAL (
        SELECT s.id FROM (
            SELECT f.id, bool_and(f.id = ANY (locked.ids)) OVER (ORDER BY f.id) AS ours
            FROM (SELECT o.id FROM outbox o
                  WHERE o.household_id = l.household_id
                    AND o.processed_at IS NULL AND o.dead_at IS NULL
                  ORDER BY o.household_id, o.id LIMIT $6) f
        ) s
        WHERE s.ours) r
    WHERE l.due
    LIMIT $4
),
-- Rows of no household keep no order. (Ordered like the index, which holds them in id order.)
loose AS MATERIALIZED (
    SELECT o.id FROM outbox o
    WHERE o.household_id IS NULL AND o.processed_at IS NULL AND o.dead_at IS NULL
      AND o.available_at <= $3 AND (o.lease_until IS NULL OR o.lease_until <= $3)
      AND o.attempts < $5
    ORDER BY o.household_id, o.id
    LIMIT $4
    FOR UPDATE SKIP LOCKED
)
-- Every row named here is locked by this statement and was due when locked.
UPDATE outbox o
SET attempts = o.attempts + 1, lease_until = $1, claimed_by = $2
-- Cutting by id keeps a prefix of every run.
WHERE o.id = ANY (ARRAY (
    SELECT id FROM (SELECT id FROM runs UNION ALL SELECT id FROM loose) c ORDER BY id LIMIT $4))
RETURNING o.id, o.topic, o.household_id, o.event_id, o.payload, o.attempts, o.created_at
