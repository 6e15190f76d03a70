//! A household's settings beyond locale and time zone (those are in `households`).

use restock_core::household::HouseholdId;

use crate::{Result, Tx, on_tx};

/// When the summary goes out: `cadence` is `weekly`, `monthly` or `off`; `weekday` 0 = Sunday …
/// 6 = Saturday (kept as it was when `None`), `hour` 0–23, in the household's time zone.
pub async fn set_summary(
    tx: &mut Tx,
    household: HouseholdId,
    cadence: &str,
    weekday: Option<i32>,
    hour: i32,
) -> Result<()> {
    const SQL: &str = "UPDATE household SET summary_cadence = $1, \
                       summary_weekday = COALESCE($2, summary_weekday), summary_hour = $3 \
                       WHERE id = $4";
    on_tx!(tx, |c| sqlx::query(SQL)
        .bind(cadence)
        .bind(weekday)
        .bind(hour)
        .bind(household.0)
        .execute(c)
        .await?
        .rows_affected());
    Ok(())
}
