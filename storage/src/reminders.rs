//! Per-item reminder state: when the forecast sweep last reminded a household about an item,
//! and until when a member snoozed it.

use restock_core::household::HouseholdId;

use crate::{Result, Store, Tx, on_pool, on_tx};

/// Hold reminders about `item_id` until `until`.
pub async fn snooze(tx: &mut Tx, household: HouseholdId, item_id: i64, until: i64) -> Result<()> {
    const SQL: &str = "INSERT INTO item_reminder (item_id, household_id, snoozed_until) \
                       VALUES ($1, $2, $3) ON CONFLICT (item_id) DO UPDATE \
                       SET snoozed_until = excluded.snoozed_until";
    on_tx!(tx, |c| sqlx::query(SQL)
        .bind(item_id)
        .bind(household.0)
        .bind(until)
        .execute(c)
        .await?
        .rows_affected());
    Ok(())
}

/// Note that the household was reminded about `item_id` at `now`. `false` — nothing is to be
/// sent — while it is snoozed, or when it was reminded since `since` and no snooze has run
/// out since then (a snooze means "ask again later", so its end brings the next reminder).
pub async fn claim(
    tx: &mut Tx,
    household: HouseholdId,
    item_id: i64,
    since: i64,
    now: i64,
) -> Result<bool> {
    const SQL: &str = "INSERT INTO item_reminder (item_id, household_id, reminded_at) \
                       VALUES ($1, $2, $3) ON CONFLICT (item_id) DO UPDATE \
                       SET reminded_at = excluded.reminded_at \
                       WHERE (item_reminder.snoozed_until IS NULL OR item_reminder.snoozed_until <= $3) \
                         AND (item_reminder.reminded_at IS NULL OR item_reminder.reminded_at < $4 \
                              OR item_reminder.snoozed_until > item_reminder.reminded_at)";
    let n = on_tx!(tx, |c| sqlx::query(SQL)
        .bind(item_id)
        .bind(household.0)
        .bind(now)
        .bind(since)
        .execute(c)
        .await?
        .rows_affected());
    Ok(n == 1)
}

/// Households with a use logged since `since`: the ones a forecast can say something about.
pub async fn active_households(store: &Store, since: i64) -> Result<Vec<HouseholdId>> {
    const SQL: &str = "SELECT DISTINCT household_id FROM event \
                       WHERE created_at >= $1 AND type = 'ItemConsumed' ORDER BY household_id";
    let ids: Vec<i64> =
        on_pool!(store, |c| sqlx::query_scalar(SQL).bind(since).fetch_all(c).await?);
    Ok(ids.into_iter().map(HouseholdId).collect())
}
