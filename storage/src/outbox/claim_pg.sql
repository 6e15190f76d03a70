-- Claim the oldest due rows. A row of a household is claimable only while no earlier row of
-- the same household is undelivered (pending, leased or backing off), so messages to one
-- chat are never reordered; rows of different households run in parallel.
UPDATE outbox
SET attempts = attempts + 1, lease_until = $1, claimed_by = $2
WHERE id IN (
    SELECT o.id FROM outbox o
    WHERE o.processed_at IS NULL AND o.dead_at IS NULL
      AND o.available_at <= $3
      AND (o.lease_until IS NULL OR o.lease_until <= $3)
      AND o.attempts < $5
      AND (o.household_id IS NULL OR NOT EXISTS (
          SELECT 1 FROM outbox p
          WHERE p.household_id = o.household_id AND p.id < o.id
            AND p.processed_at IS NULL AND p.dead_at IS NULL))
    ORDER BY o.id
    LIMIT $4
    FOR UPDATE SKIP LOCKED
)
RETURNING id, topic, household_id, event_id, payload, attempts, created_at
