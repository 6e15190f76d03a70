UPDATE outbox
SET attempts = attempts + 1, lease_until = $1, claimed_by = $2
WHERE id IN (
    SELECT id FROM outbox
    WHERE processed_at IS NULL AND dead_at IS NULL
      AND available_at <= $3
      AND (lease_until IS NULL OR lease_until <= $3)
      AND attempts < $5
    ORDER BY id
    LIMIT $4
    FOR UPDATE SKIP LOCKED
)
RETURNING id, topic, household_id, event_id, payload, attempts, created_at
