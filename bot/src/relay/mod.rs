//! The outbox relay: workers claim pending rows, hand each to its topic's handler, publish
//! it to the external sink if one is configured, and settle it — processed, retried after a
//! back-off, or dead-lettered.
//!
//! A claim hands over each household's rows as a run, which is handled in order while other
//! households' runs go alongside, so one chat's messages are never reordered or sent at once.
//! Delivery is at least once; handlers are idempotent (see [`fanout`]). [`Relay::step`] does
//! one claim-and-handle round, so tests can drain the queue deterministically; [`Relay::run`]
//! is the long-running loop with LISTEN/NOTIFY wake-ups and graceful shutdown.

pub mod config;
pub mod dispatch;
pub mod fanout;
pub mod handlers;
mod lanes;
mod options;
pub mod service;
mod settle;
mod worker;

use std::sync::{Arc, Mutex};

use futures::future::join_all;
use restock_storage::StoreError;
use restock_storage::outbox::{self, ClaimOptions, Claimed};
use tokio::sync::watch;

pub use dispatch::{Deps, HandleError, Handler, Nothing, Registry};
pub use options::RelayOptions;

use crate::sink::EventSink;

/// What one step did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepOutcome {
    /// Nothing was due.
    Idle,
    Worked(Tally),
}

/// Rows by how they were settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tally {
    pub completed: usize,
    pub retried: usize,
    pub dead: usize,
    /// Given back untried: behind a failed row of the same household, at shutdown, or too
    /// late in the lease to start.
    pub released: usize,
}

impl Tally {
    /// Rows the step claimed.
    pub fn rows(&self) -> usize {
        self.completed + self.retried + self.dead + self.released
    }
}

impl std::ops::AddAssign for Tally {
    fn add_assign(&mut self, o: Tally) {
        self.completed += o.completed;
        self.retried += o.retried;
        self.dead += o.dead;
        self.released += o.released;
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RelayError {
    #[error("outbox: {0}")]
    Store(#[from] StoreError),
}

/// A relay: what it sends with, what handles which topic, where events are published.
pub struct Relay {
    deps: Deps,
    registry: Registry,
    sink: Option<Arc<dyn EventSink>>,
    opts: RelayOptions,
}

impl Relay {
    pub fn new(deps: Deps, registry: Registry, opts: RelayOptions) -> Relay {
        Relay { deps, registry, sink: None, opts }
    }

    /// Also publish every event row to `sink`.
    pub fn with_sink(mut self, sink: Arc<dyn EventSink>) -> Relay {
        self.sink = Some(sink);
        self
    }

    pub fn options(&self) -> &RelayOptions {
        &self.opts
    }

    fn claim_options(&self, worker: &str) -> ClaimOptions {
        ClaimOptions {
            worker: worker.to_owned(),
            batch: self.opts.batch,
            lease_ms: self.opts.lease.as_millis() as i64,
            max_attempts: self.opts.retry.max_attempts,
        }
    }

    /// Claim one batch, handle it and settle it.
    pub async fn step(&self, worker: &str) -> Result<StepOutcome, RelayError> {
        self.step_until(worker, None).await
    }

    /// Step until a step finds nothing due; the sum of what was done.
    pub async fn drain(&self, worker: &str) -> Result<Tally, RelayError> {
        let mut total = Tally::default();
        while let StepOutcome::Worked(t) = self.step(worker).await? {
            total += t;
        }
        Ok(total)
    }

    /// A step that, once `shutdown` turns true, starts no further rows and gives the handlers
    /// in flight [`RelayOptions::grace`] to finish; what has not finished then is released.
    async fn step_until(
        &self,
        worker: &str,
        shutdown: Option<watch::Receiver<bool>>,
    ) -> Result<StepOutcome, RelayError> {
        let started = tokio::time::Instant::now();
        let now = self.deps.clock.now_ms();
        let opts = self.claim_options(worker);
        let rows = outbox::claim_runs(&self.deps.store, now, &opts, self.opts.run).await?;
        if rows.is_empty() {
            return Ok(StepOutcome::Idle);
        }
        let stop = lanes::Stop {
            last_start: started + self.opts.start_window(),
            shutdown: shutdown.as_ref(),
        };
        let lanes = lanes::lanes(&rows);
        let outcomes = Mutex::new(rows.iter().map(|_| None).collect());
        let handle = |i: usize| self.process(&rows[i]);
        let work = join_all(lanes.iter().map(|lane| lanes::run(lane, stop, handle, &outcomes)));
        match shutdown.clone() {
            None => {
                work.await;
            }
            Some(rx) => tokio::select! {
                _ = work => {}
                () = grace_after(rx, self.opts.grace) => {
                    tracing::warn!(worker, "handlers still running at the end of the grace period; releasing their rows");
                }
            },
        }
        let outcomes = outcomes.into_inner().expect("not poisoned");
        let tally = settle::settle(&self.deps, &self.opts, &rows, outcomes).await?;
        Ok(StepOutcome::Worked(tally))
    }

    async fn process(&self, row: &Claimed) -> Result<(), HandleError> {
        let handler = self.registry.get(&row.topic).ok_or_else(|| {
            HandleError::Permanent(format!("no handler for topic {:?}", row.topic))
        })?;
        let timeout = self.opts.handler_timeout();
        tokio::time::timeout(timeout, handler.handle(&self.deps, row)).await.map_err(|_| {
            HandleError::Transient(format!("handler took longer than {timeout:?}"))
        })??;
        if let (Some(sink), Some(_)) = (&self.sink, row.event_id) {
            sink.publish(row).await.map_err(|e| HandleError::Transient(e.to_string()))?;
        }
        Ok(())
    }
}

/// Resolves `grace` after `shutdown` turns true; never, if it never does.
async fn grace_after(mut shutdown: watch::Receiver<bool>, grace: std::time::Duration) {
    if shutdown.wait_for(|stop| *stop).await.is_err() {
        std::future::pending::<()>().await;
    }
    tokio::time::sleep(grace).await;
}
