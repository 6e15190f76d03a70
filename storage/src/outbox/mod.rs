//! The transactional outbox: the delivery queue that the relay drains.
//!
//! A row is enqueued inside the transaction that makes the change. A worker claims a batch
//! with a lease; it then marks each row processed, or failed with a back-off. A row whose
//! lease ran out (its worker died) is claimable again; after `max_attempts` claims it is
//! dead-lettered for the operator.

mod retry;
mod settle;
mod wake;

use restock_core::household::HouseholdId;

use crate::{Result, Store, Tx, on_pool, on_tx};

pub use retry::RetryPolicy;
pub use settle::{bury, complete_many, next_due, release, retry_at};
pub use wake::{Wake, Wakeups};

/// The PostgreSQL channel an enqueue notifies, so idle workers wake at once.
pub const NOTIFY_CHANNEL: &str = "restock_outbox";

/// A row to enqueue.
#[derive(Debug, Clone, PartialEq)]
pub struct NewMessage {
    /// What handles it: an event type name, or another delivery kind.
    pub topic: String,
    pub household: Option<HouseholdId>,
    pub event_id: Option<i64>,
    pub payload: String,
    /// At most one row per key ever exists (e.g. `weekly-summary:42:2026-W48`).
    pub dedupe_key: Option<String>,
    pub available_at: i64,
}

/// A claimed row.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct Claimed {
    pub id: i64,
    pub topic: String,
    pub household_id: Option<i64>,
    pub event_id: Option<i64>,
    pub payload: String,
    /// Claims so far, this one included.
    pub attempts: i32,
    pub created_at: i64,
}

/// How a worker claims.
#[derive(Debug, Clone)]
pub struct ClaimOptions {
    pub worker: String,
    pub batch: i64,
    pub lease_ms: i64,
    pub max_attempts: i32,
}

/// Enqueue inside the caller's transaction. Returns the new row id, or `None` when a row
/// with the same dedupe key already exists.
pub async fn enqueue(tx: &mut Tx, msg: &NewMessage, now: i64) -> Result<Option<i64>> {
    const SQL: &str = "INSERT INTO outbox (topic, household_id, event_id, payload, dedupe_key, \
                       created_at, available_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
                       ON CONFLICT (dedupe_key) DO NOTHING RETURNING id";
    let id: Option<i64> = on_tx!(tx, |c| sqlx::query_scalar(SQL)
        .bind(&msg.topic)
        .bind(msg.household.map(|h| h.0))
        .bind(msg.event_id)
        .bind(&msg.payload)
        .bind(&msg.dedupe_key)
        .bind(now)
        .bind(msg.available_at)
        .fetch_optional(&mut *c)
        .await?);
    if let (Some(_), Tx::Pg(t)) = (id, tx) {
        // Delivered on commit, and only then; a rolled-back enqueue wakes nobody.
        sqlx::query("SELECT pg_notify($1, '')").bind(NOTIFY_CHANNEL).execute(&mut **t).await?;
    }
    Ok(id)
}

/// Claim up to `opts.batch` due rows for `opts.lease_ms`, taking each household's lane as a
/// run of up to `opts.batch` rows; see [`claim_runs`].
pub async fn claim(store: &Store, now: i64, opts: &ClaimOptions) -> Result<Vec<Claimed>> {
    claim_runs(store, now, opts, opts.batch).await
}

/// Claim up to `opts.batch` due rows for `opts.lease_ms`, sorted by id. Rows of a household
/// come as a run: its earliest undelivered rows in order, at most `per_lane` of them, from the
/// first one on and up to the first that is not due; a household whose earliest undelivered
/// row is in flight or backing off has nothing claimable. Handle a run in order, and give back
/// ([`release`]) what follows a failed row. Rows whose lease ran out after their last allowed
/// attempt are dead-lettered first.
pub async fn claim_runs(
    store: &Store,
    now: i64,
    opts: &ClaimOptions,
    per_lane: i64,
) -> Result<Vec<Claimed>> {
    const EXHAUSTED: &str = "UPDATE outbox SET dead_at = $1, lease_until = NULL, \
                             last_error = COALESCE(last_error, 'worker lease expired') \
                             WHERE processed_at IS NULL AND dead_at IS NULL \
                             AND lease_until <= $1 AND attempts >= $2";
    on_pool!(store, |c| sqlx::query(EXHAUSTED)
        .bind(now)
        .bind(opts.max_attempts)
        .execute(c)
        .await?
        .rows_affected());
    let sql = match store {
        Store::Pg(_) => include_str!("claim_pg.sql"),
        Store::Lite(_) => include_str!("claim_sqlite.sql"),
    };
    let mut rows = on_pool!(store, |c| sqlx::query_as::<_, Claimed>(sql)
        .bind(now + opts.lease_ms)
        .bind(&opts.worker)
        .bind(now)
        .bind(opts.batch)
        .bind(opts.max_attempts)
        .bind(per_lane.max(1))
        .fetch_all(c)
        .await?);
    rows.sort_by_key(|r| r.id);
    Ok(rows)
}

/// Mark a row delivered. `false` if it was already processed (a redelivery).
pub async fn complete(store: &Store, id: i64, now: i64) -> Result<bool> {
    const SQL: &str = "UPDATE outbox SET processed_at = $1, lease_until = NULL \
                       WHERE id = $2 AND processed_at IS NULL";
    Ok(on_pool!(store, |c| sqlx::query(SQL).bind(now).bind(id).execute(c).await?.rows_affected())
        == 1)
}

/// What happened to a failed row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailOutcome {
    /// It will be claimable again at this time.
    RetryAt(i64),
    /// It ran out of attempts and waits for the operator.
    DeadLettered,
}

/// Record a failed delivery of `row`: back off, or dead-letter after the last attempt.
/// `jitter` in `[0, 1)` spreads retries of rows that failed together.
pub async fn fail(
    store: &Store,
    row: &Claimed,
    error: &str,
    now: i64,
    policy: &RetryPolicy,
    jitter: f64,
) -> Result<FailOutcome> {
    match policy.delay_ms(row.attempts, jitter) {
        Some(delay) => {
            let at = now + delay;
            retry_at(store, row.id, at, error).await?;
            Ok(FailOutcome::RetryAt(at))
        }
        None => {
            bury(store, row.id, error, now).await?;
            Ok(FailOutcome::DeadLettered)
        }
    }
}

/// Put a dead-lettered row back in the queue with fresh attempts (operator action).
pub async fn requeue_dead(store: &Store, id: i64, now: i64) -> Result<bool> {
    const SQL: &str = "UPDATE outbox SET dead_at = NULL, attempts = 0, available_at = $1, \
                       lease_until = NULL WHERE id = $2 AND dead_at IS NOT NULL";
    Ok(on_pool!(store, |c| sqlx::query(SQL).bind(now).bind(id).execute(c).await?.rows_affected())
        == 1)
}

/// How long a processed row with a dedupe key outlives `prune`'s retention: longer than the
/// longest schedule period (a month), so a pruned key never lets a period fire twice.
pub const DEDUPE_KEEP_MS: i64 = 40 * 24 * 3600 * 1000;

/// Delete processed rows older than `before` (rows with a dedupe key: older than
/// `before - DEDUPE_KEEP_MS`).
pub async fn prune(store: &Store, before: i64) -> Result<u64> {
    const SQL: &str = "DELETE FROM outbox WHERE processed_at IS NOT NULL AND processed_at < $1 \
                       AND (dedupe_key IS NULL OR processed_at < $2)";
    Ok(on_pool!(store, |c| sqlx::query(SQL)
        .bind(before)
        .bind(before - DEDUPE_KEEP_MS)
        .execute(c)
        .await?
        .rows_affected()))
}

/// Queue counts for the operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::FromRow)]
pub struct Status {
    pub pending: i64,
    pub in_flight: i64,
    pub dead: i64,
    pub processed: i64,
    /// `created_at` of the oldest row not yet delivered.
    pub oldest_pending: Option<i64>,
}

pub async fn status(store: &Store, now: i64) -> Result<Status> {
    const SQL: &str = "SELECT \
        COUNT(CASE WHEN processed_at IS NULL AND dead_at IS NULL \
                    AND (lease_until IS NULL OR lease_until <= $1) THEN 1 END) AS pending, \
        COUNT(CASE WHEN processed_at IS NULL AND dead_at IS NULL AND lease_until > $1 THEN 1 END) \
            AS in_flight, \
        COUNT(CASE WHEN dead_at IS NOT NULL THEN 1 END) AS dead, \
        COUNT(processed_at) AS processed, \
        MIN(CASE WHEN processed_at IS NULL AND dead_at IS NULL THEN created_at END) AS oldest_pending \
        FROM outbox";
    Ok(on_pool!(store, |c| sqlx::query_as::<_, Status>(SQL).bind(now).fetch_one(c).await?))
}

/// The workers that have claimed rows (`claimed_by`), for the operator and tests.
pub async fn claimers(store: &Store) -> Result<Vec<String>> {
    const SQL: &str =
        "SELECT DISTINCT claimed_by FROM outbox WHERE claimed_by IS NOT NULL ORDER BY claimed_by";
    Ok(on_pool!(store, |c| sqlx::query_scalar(SQL).fetch_all(c).await?))
}

/// A dead-lettered row, for the operator.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct DeadLetter {
    pub id: i64,
    pub topic: String,
    pub household_id: Option<i64>,
    pub attempts: i32,
    pub last_error: Option<String>,
    pub dead_at: Option<i64>,
}

pub async fn dead_letters(store: &Store, limit: i64) -> Result<Vec<DeadLetter>> {
    const SQL: &str = "SELECT id, topic, household_id, attempts, last_error, dead_at FROM outbox \
                       WHERE dead_at IS NOT NULL ORDER BY id LIMIT $1";
    Ok(on_pool!(store, |c| sqlx::query_as::<_, DeadLetter>(SQL).bind(limit).fetch_all(c).await?))
}

/// How many rows the outbox holds for a household, delivered or not.
pub async fn count_for(tx: &mut Tx, household: HouseholdId) -> Result<i64> {
    const SQL: &str = "SELECT COUNT(*) FROM outbox WHERE household_id = $1";
    Ok(on_tx!(tx, |c| sqlx::query_scalar(SQL).bind(household.0).fetch_one(c).await?))
}
