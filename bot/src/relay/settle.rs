//! Writing back what happened to a batch: processed, retried, or dead-lettered. The outcome
//! is known once the handlers ran, so these writes are retried through a short database
//! outage instead of leaving the rows to their lease.

use std::future::Future;
use std::time::Duration;

use rand::Rng;
use restock_storage::outbox::{self, Claimed, FailOutcome};
use restock_storage::{Result, Store, StoreError};

use super::{Deps, HandleError, RelayOptions, Tally};

/// Retry a bookkeeping write a few times, backing off up to about ten seconds in all.
pub(crate) async fn persist<T, F, Fut>(what: &str, mut op: F) -> Result<T>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<T>>,
{
    let mut wait = Duration::from_millis(50);
    let mut tries = 0;
    loop {
        match op().await {
            Ok(v) => return Ok(v),
            Err(e @ StoreError::Database(_)) if tries < 8 => {
                tracing::warn!(error = %e, "{what} failed; retrying");
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_secs(2));
                tries += 1;
            }
            Err(e) => return Err(e),
        }
    }
}

pub(crate) async fn release(store: &Store, ids: &[i64]) -> Result<()> {
    persist("releasing in-flight rows", || outbox::release(store, ids)).await
}

pub(crate) async fn settle(
    deps: &Deps,
    opts: &RelayOptions,
    rows: &[Claimed],
    results: Vec<Result<(), HandleError>>,
) -> Result<Tally> {
    let store = &deps.store;
    let now = deps.clock.now_ms();
    let mut tally = Tally::default();
    let mut done = Vec::with_capacity(rows.len());
    for (row, result) in rows.iter().zip(results) {
        let err = match result {
            Ok(()) => {
                done.push(row.id);
                continue;
            }
            Err(e) => e,
        };
        let dead = match &err {
            HandleError::Transient(msg) => {
                let jitter = rand::rng().random::<f64>();
                let out = persist("recording a failure", || {
                    outbox::fail(store, row, msg, now, &opts.retry, jitter)
                })
                .await?;
                out == FailOutcome::DeadLettered
            }
            HandleError::RetryAfter(after, msg) if row.attempts < opts.retry.max_attempts => {
                let at = now + after.as_millis() as i64;
                persist("rescheduling a row", || outbox::retry_at(store, row.id, at, msg)).await?;
                false
            }
            HandleError::RetryAfter(_, msg) | HandleError::Permanent(msg) => {
                persist("dead-lettering a row", || outbox::bury(store, row.id, msg, now)).await?;
                true
            }
        };
        if dead {
            tally.dead += 1;
            tracing::error!(
                outbox_id = row.id,
                topic = %row.topic,
                household = ?row.household_id,
                attempts = row.attempts,
                error = %err,
                "outbox row dead-lettered; see `restock outbox status`, requeue with `restock outbox retry ID`"
            );
        } else {
            tally.retried += 1;
            tracing::warn!(outbox_id = row.id, topic = %row.topic, attempts = row.attempts, error = %err, "delivery failed; will retry");
        }
    }
    persist("completing rows", || outbox::complete_many(store, &done, now)).await?;
    tally.completed = done.len();
    Ok(tally)
}
