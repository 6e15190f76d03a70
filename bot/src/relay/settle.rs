//! Writing back what happened to a batch: processed, retried, or dead-lettered. The outcome
//! is known once the handlers ran, so these writes are retried through a short database
//! outage instead of leaving the rows to their lease.

use std::future::Future;
use std::time::Duration;

use rand::Rng;
use restock_storage::outbox::{self, Claimed, FailOutcome};
use restock_storage::{Result, Store, StoreError};

use super::lanes::Outcome;
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

async fn release(store: &Store, ids: &[i64]) -> Result<u64> {
    persist("releasing rows", || outbox::release(store, ids)).await
}

pub(crate) async fn settle(
    deps: &Deps,
    opts: &RelayOptions,
    rows: &[Claimed],
    outcomes: Vec<Outcome>,
) -> Result<Tally> {
    let store = &deps.store;
    let now = deps.clock.now_ms();
    let mut tally = Tally::default();
    let mut done = Vec::with_capacity(rows.len());
    let mut untried = Vec::new();
    for (row, outcome) in rows.iter().zip(outcomes) {
        let err = match outcome {
            Some(Ok(())) => {
                done.push(row.id);
                continue;
            }
            Some(Err(e)) => e,
            None => {
                untried.push(row.id);
                continue;
            }
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
    // Last: should a write above fail, these stay leased behind their household's failed or
    // unsettled row and come back with it when the lease runs out, still in order.
    release(store, &untried).await?;
    tally.released = untried.len();
    Ok(tally)
}
