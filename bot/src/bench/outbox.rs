//! `restock bench outbox`: the relay's throughput and latency against PostgreSQL, and the
//! ceiling — the same claim-and-mark SQL driven by a bare loop — measured in the same run,
//! in a scratch database on the configured server.
//!
//! 0. warm-up: N rows drained by the bare loops below, not measured;
//! 1. throughput: N rows enqueued up front, drained by the relay with K workers;
//! 2. ceiling: N more rows drained by K bare claim → complete loops (the relay's claim, with
//!    its batch and rows per household);
//! 3. latency: rows enqueued one per transaction at `rate`/s while the relay runs (woken by
//!    LISTEN/NOTIFY); p50/p99 of enqueue-commit → handler.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use restock_core::household::HouseholdId;
use restock_storage::outbox::{self, ClaimOptions, Claimed, NewMessage};
use restock_storage::scratch::Scratch;
use restock_storage::{Store, StoreError};
use serde::Serialize;
use tokio::sync::watch;

use crate::clock::{Clock, SystemClock};
use crate::i18n::I18n;
use crate::relay::{Deps, HandleError, Handler, Registry, Relay, RelayOptions};

const TOPIC: &str = "Bench";

#[derive(Debug, Clone)]
pub struct BenchOptions {
    pub events: usize,
    pub workers: usize,
    pub batch: i64,
    /// Rows are spread over this many households (order is kept per household).
    pub households: i64,
    /// Offered load of the latency phase, rows per second, for `seconds`.
    pub rate: u32,
    pub seconds: u64,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub events: usize,
    pub workers: usize,
    pub events_per_s: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub ceiling_events_per_s: f64,
    pub ratio: f64,
    pub offered_per_s: u32,
}

#[derive(Debug, thiserror::Error)]
pub enum BenchError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the relay stalled: {done} of {want} rows handled after {secs} s")]
    Stalled { done: usize, want: usize, secs: u64 },
    #[error("the outbox benchmark runs on PostgreSQL: set DATABASE_URL=postgres://…")]
    NeedsPostgres,
}

/// When each row was handled.
#[derive(Default)]
struct Seen(Mutex<HashMap<i64, Instant>>);

#[async_trait::async_trait]
impl Handler for Arc<Seen> {
    async fn handle(&self, _: &Deps, row: &Claimed) -> Result<(), HandleError> {
        self.0.lock().expect("not poisoned").insert(row.id, Instant::now());
        Ok(())
    }
}

pub async fn run(url: &str, opts: &BenchOptions) -> Result<Report, BenchError> {
    if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
        return Err(BenchError::NeedsPostgres);
    }
    let scratch = Scratch::create(url, (opts.workers as u32 + 4).max(8)).await?;
    let result = measure(&scratch.store, opts).await;
    scratch.drop().await?;
    result
}

async fn measure(store: &Store, opts: &BenchOptions) -> Result<Report, BenchError> {
    let seen = Arc::new(Seen::default());
    let relay = Arc::new(Relay::new(
        Deps {
            store: store.clone(),
            clock: Arc::new(SystemClock),
            i18n: Arc::new(I18n::load().map_err(StoreError::Corrupt)?),
            notifiers: HashMap::new(),
        },
        Registry::new().on(TOPIC, seen.clone()),
        RelayOptions {
            name: "bench".into(),
            workers: opts.workers,
            batch: opts.batch,
            poll: Duration::from_millis(200),
            ..RelayOptions::default()
        },
    ));

    // 0. Warm-up, not measured: a fresh scratch database has no statistics and a cold cache,
    //    which would handicap whichever loop ran first.
    enqueue_bulk(store, opts).await?;
    drain_bare(store, opts, relay.options().run).await?;

    // 1. The relay drains N rows.
    enqueue_bulk(store, opts).await?;
    let (stop, stopped) = watch::channel(false);
    let started = Instant::now();
    let running = tokio::spawn(relay.clone().run(stopped));
    wait_for(&seen, opts.events, started).await?;
    let relay_rate = opts.events as f64 / started.elapsed().as_secs_f64();

    // 3. Latency under the offered load, while the relay still runs.
    seen.0.lock().expect("not poisoned").clear();
    let committed = paced(store, opts).await?;
    wait_for(&seen, committed.len(), Instant::now()).await?;
    let _ = stop.send(true);
    let _ = running.await;
    let mut lat: Vec<f64> = {
        let seen = seen.0.lock().expect("not poisoned");
        committed
            .iter()
            .filter_map(|(id, at)| {
                seen.get(id).map(|h| h.saturating_duration_since(*at).as_secs_f64() * 1e3)
            })
            .collect()
    };
    lat.sort_by(f64::total_cmp);

    // 2. The ceiling: the same SQL, no relay around it.
    enqueue_bulk(store, opts).await?;
    let started = Instant::now();
    let drained = drain_bare(store, opts, relay.options().run).await?;
    let ceiling = drained as f64 / started.elapsed().as_secs_f64();

    Ok(Report {
        events: opts.events,
        workers: opts.workers,
        events_per_s: round(relay_rate),
        p50_ms: round(percentile(&lat, 0.50)),
        p99_ms: round(percentile(&lat, 0.99)),
        ceiling_events_per_s: round(ceiling),
        ratio: round(relay_rate / ceiling),
        offered_per_s: opts.rate,
    })
}

/// Drain the outbox with K bare claim → complete loops; how many rows they took.
async fn drain_bare(store: &Store, opts: &BenchOptions, run: i64) -> Result<usize, StoreError> {
    let loops: Vec<_> = (0..opts.workers)
        .map(|w| tokio::spawn(bare_loop(store.clone(), w, opts.batch, run)))
        .collect();
    let mut drained = 0;
    for l in loops {
        drained += l.await.expect("bare loop panicked")?;
    }
    Ok(drained)
}

fn message(i: usize, households: i64, now: i64) -> NewMessage {
    NewMessage {
        topic: TOPIC.into(),
        // Households that do not exist: nothing is sent, but per-household order applies.
        household: Some(HouseholdId(-(i as i64 % households.max(1)) - 1)),
        event_id: None,
        payload: "{}".into(),
        dedupe_key: None,
        available_at: now,
    }
}

async fn enqueue_bulk(store: &Store, opts: &BenchOptions) -> Result<(), StoreError> {
    let now = SystemClock.now_ms();
    for start in (0..opts.events).step_by(1000) {
        let mut tx = store.begin().await?;
        for i in start..(start + 1000).min(opts.events) {
            outbox::enqueue(&mut tx, &message(i, opts.households, now), now).await?;
        }
        tx.commit().await?;
    }
    Ok(())
}

/// One row per transaction at `opts.rate` per second; returns when each was committed.
async fn paced(store: &Store, opts: &BenchOptions) -> Result<Vec<(i64, Instant)>, StoreError> {
    let total = opts.rate as u64 * opts.seconds;
    let mut tick =
        tokio::time::interval(Duration::from_secs_f64(1.0 / f64::from(opts.rate.max(1))));
    let mut out = Vec::with_capacity(total as usize);
    for i in 0..total {
        tick.tick().await;
        let now = SystemClock.now_ms();
        let mut tx = store.begin().await?;
        let id = outbox::enqueue(&mut tx, &message(i as usize, opts.households, now), now).await?;
        tx.commit().await?;
        out.extend(id.map(|id| (id, Instant::now())));
    }
    Ok(out)
}

async fn bare_loop(store: Store, worker: usize, batch: i64, run: i64) -> Result<usize, StoreError> {
    let opts =
        ClaimOptions { worker: format!("bare-{worker}"), batch, lease_ms: 60_000, max_attempts: 8 };
    let mut done = 0;
    let mut idle = 0;
    loop {
        let now = SystemClock.now_ms();
        let rows = outbox::claim_runs(&store, now, &opts, run).await?;
        if rows.is_empty() {
            // Rows blocked behind another loop's in-flight rows of the same household.
            idle += 1;
            if idle > 3 {
                let st = outbox::status(&store, now).await?;
                if st.pending + st.in_flight == 0 {
                    return Ok(done);
                }
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
            continue;
        }
        idle = 0;
        let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
        outbox::complete_many(&store, &ids, SystemClock.now_ms()).await?;
        done += ids.len();
    }
}

async fn wait_for(seen: &Seen, want: usize, since: Instant) -> Result<(), BenchError> {
    let limit = Duration::from_secs(600);
    loop {
        let done = seen.0.lock().expect("not poisoned").len();
        if done >= want {
            return Ok(());
        }
        if since.elapsed() > limit {
            return Err(BenchError::Stalled { done, want, secs: limit.as_secs() });
        }
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
}

fn percentile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    sorted[((sorted.len() - 1) as f64 * q).round() as usize]
}

fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
