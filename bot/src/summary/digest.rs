//! Everything a periodic summary says, read in one go.

use restock_core::event::DomainEvent;
use restock_core::household::HouseholdId;
use restock_core::summary::{self, Flow, Low};
use restock_storage::digest::{self, OpenOrder};
use restock_storage::list::{self, ListEntry};
use restock_storage::{Result, Store, events, items};

const DAY_MS: i64 = 24 * 3600 * 1000;

pub struct Digest {
    pub flows: Vec<Flow>,
    pub low: Vec<Low>,
    pub list: Vec<ListEntry>,
    pub orders: Vec<OpenOrder>,
    /// How many uses were logged each day of the period.
    pub uses_per_day: Vec<u32>,
}

impl Digest {
    /// The household's period of `days` days ending at `until`.
    pub async fn load(
        store: &Store,
        household: HouseholdId,
        until: i64,
        days: i64,
    ) -> Result<Digest> {
        let since = until - days * DAY_MS;
        let log: Vec<_> = events::since(store, household, since)
            .await?
            .into_iter()
            .filter(|e| e.created_at <= until)
            .collect();
        let mut uses_per_day = vec![0u32; days as usize];
        for e in &log {
            if let DomainEvent::ItemConsumed { .. } = e.event {
                let day = ((e.created_at - since) / DAY_MS).clamp(0, days - 1) as usize;
                uses_per_day[day] += 1;
            }
        }
        let evs: Vec<DomainEvent> = log.into_iter().map(|e| e.event).collect();
        let flows = summary::flows(&evs);
        let mut tx = store.begin().await?;
        let stock = items::stocked(&mut tx, household).await?;
        let list = list::entries(&mut tx, household).await?;
        tx.rollback().await?;
        let low = summary::running_low(&flows, &stock, days as f64, 7.0);
        let orders = digest::open_orders(store, household).await?;
        Ok(Digest { flows, low, list, orders, uses_per_day })
    }
}
