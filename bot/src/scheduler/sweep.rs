//! The forecast sweep: for every household that used something lately, the items that will
//! run out within [`HORIZON_DAYS`] at the rate they were used get a `RestockReminder` —
//! unless they are on the shopping list already, were reminded in the last
//! [`REMIND_EVERY_MS`], or a member snoozed them (when the snooze runs out, the next sweep
//! reminds again). The reminder row in `item_reminder` is written in the same transaction as
//! the event, so replicas sweeping together remind once.

use restock_core::event::DomainEvent;
use restock_core::household::HouseholdId;
use restock_core::summary;
use restock_storage::{Result, Store, events, items, list, reminders};

const DAY_MS: i64 = 24 * 3_600_000;

/// How far back uses count towards the rate.
pub const LOOKBACK_DAYS: i64 = 14;
/// Remind about what runs out within this many days.
pub const HORIZON_DAYS: f64 = 3.0;
/// Without a snooze, an item is reminded about again only after this long.
pub const REMIND_EVERY_MS: i64 = 3 * DAY_MS;

/// Sweep every household with recent uses; returns how many reminders were recorded.
pub async fn sweep(store: &Store, now: i64) -> Result<usize> {
    let since = now - LOOKBACK_DAYS * DAY_MS;
    let mut recorded = 0;
    for household in reminders::active_households(store, since).await? {
        recorded += sweep_household(store, household, now).await?;
    }
    Ok(recorded)
}

/// Remind one household about what runs out soon.
pub async fn sweep_household(store: &Store, household: HouseholdId, now: i64) -> Result<usize> {
    let since = now - LOOKBACK_DAYS * DAY_MS;
    let log = events::since(store, household, since).await?;
    let Some(first_use) = log
        .iter()
        .filter(|e| matches!(e.event, DomainEvent::ItemConsumed { .. }))
        .map(|e| e.created_at)
        .min()
    else {
        return Ok(0);
    };
    // A household that started using Restock three days ago has a three-day rate, not a
    // fortnight's; at least a day, so one morning's omelette is not a daily habit.
    let period_days = ((now - first_use) as f64 / DAY_MS as f64).max(1.0);
    let evs: Vec<DomainEvent> = log.into_iter().map(|e| e.event).collect();
    let flows = summary::flows(&evs);
    let mut tx = store.begin().await?;
    let stock = items::stocked(&mut tx, household).await?;
    let low = summary::running_low(&flows, &stock, period_days, HORIZON_DAYS);
    let mut recorded = 0;
    for l in low {
        if list::contains(&mut tx, household, l.item.id).await?
            || !reminders::claim(&mut tx, household, l.item.id, now - REMIND_EVERY_MS, now).await?
        {
            continue;
        }
        let runs_out_at = now + (l.days * DAY_MS as f64) as i64;
        let event = DomainEvent::RestockReminder {
            item: l.item,
            left: Some(l.left),
            unit: l.unit,
            runs_out_at: Some(runs_out_at),
        };
        events::record(&mut tx, household, None, &event, now).await?;
        recorded += 1;
    }
    tx.commit().await?;
    Ok(recorded)
}
