//! Hourly housekeeping: what is kept only to stop duplicates, and buttons nobody can press
//! any more, are deleted once they cannot matter.

use restock_storage::{Result, Store, actions, deliveries, inbound, outbox};

const DAY_MS: i64 = 24 * 3_600_000;

/// Delivered outbox rows (and the record of their sends) are kept this long.
pub const OUTBOX_KEEP_MS: i64 = 7 * DAY_MS;
/// Platform update ids are remembered this long; platforms redeliver within a day.
pub const INBOUND_KEEP_MS: i64 = 7 * DAY_MS;
/// Decided or expired buttons are kept this long, so a late tap still says "already decided".
pub const ACTION_KEEP_MS: i64 = 30 * DAY_MS;

/// How many rows one pass deleted, by table.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pruned {
    pub outbox: u64,
    pub deliveries: u64,
    pub inbound: u64,
    pub actions: u64,
}

pub async fn prune(store: &Store, now: i64) -> Result<Pruned> {
    Ok(Pruned {
        outbox: outbox::prune(store, now - OUTBOX_KEEP_MS).await?,
        deliveries: deliveries::prune(store, now - OUTBOX_KEEP_MS).await?,
        inbound: inbound::prune(store, now - INBOUND_KEEP_MS).await?,
        actions: actions::prune(store, now - ACTION_KEEP_MS, now).await?,
    })
}
