-- Claim the oldest due rows. Only the head of a household's lane — its earliest undelivered
-- row (pending, leased or backing off) — is claimable, so messages to one chat are never
-- reordered; lanes of different households run in parallel.
--
-- The heads are found with a loose index scan over outbox_household_pending (one probe per
-- household with undelivered rows) rather than by checking every pending row for an earlier
-- one: with deep lanes that check would walk the whole backlog on every claim.
WITH RECURSIVE lanes (household_id) AS (
    (SELECT household_id FROM outbox
     WHERE processed_at IS NULL AND dead_at IS NULL AND household_id IS NOT NULL
     ORDER BY household_id, id LIMIT 1)
    UNION ALL
    SELECT (SELECT o.household_id FROM outbox o
            WHERE o.processed_at IS NULL AND o.dead_at IS NULL AND o.household_id > l.household_id
            ORDER BY o.household_id, o.id LIMIT 1)
    FROM lanes l WHERE l.household_id IS NOT NULL
),
heads (id) AS MATERIALIZED (
    SELECT (SELECT o.id FROM outbox o
            WHERE o.household_id = l.household_id AND o.processed_at IS NULL AND o.dead_at IS NULL
            ORDER BY o.household_id, o.id LIMIT 1)
    FROM lanes l WHERE l.household_id IS NOT NULL
    UNION ALL
    -- Rows of no household keep no order.
    (SELECT id FROM outbox
     WHERE household_id IS NULL AND processed_at IS NULL AND dead_at IS NULL
       AND available_at <= $3 AND (lease_until IS NULL OR lease_until <= $3)
     ORDER BY id LIMIT $4 * 4)
)
UPDATE outbox
SET attempts = attempts + 1, lease_until = $1, claimed_by = $2
WHERE id IN (
    SELECT o.id FROM outbox o
    -- An array, so the heads are looked up by primary key whatever the statistics say.
    WHERE o.id = ANY (ARRAY (SELECT id FROM heads))
      AND o.processed_at IS NULL AND o.dead_at IS NULL
      AND o.available_at <= $3
      AND (o.lease_until IS NULL OR o.lease_until <= $3)
      AND o.attempts < $5
    ORDER BY o.id
    LIMIT $4
    FOR UPDATE SKIP LOCKED
)
RETURNING id, topic, household_id, event_id, payload, attempts, created_at
