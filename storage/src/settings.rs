//! A household's settings beyond locale and time zone (those are in `households`).

use restock_core::household::HouseholdId;

use crate::{Result, Tx, on_tx};

/// When the weekly summary goes out: `weekday` 0 = Sunday … 6 = Saturday, `hour` 0–23, in the
/// household's time zone.
pub async fn set_summary_time(
    tx: &mut Tx,
    household: HouseholdId,
    weekday: i32,
    hour: i32,
) -> Result<()> {
    const SQL: &str = "UPDATE household SET summary_cadence = 'weekly', summary_weekday = $1, \
                       summary_hour = $2 WHERE id = $3";
    on_tx!(tx, |c| sqlx::query(SQL)
        .bind(weekday)
        .bind(hour)
        .bind(household.0)
        .execute(c)
        .await?
        .rows_affected());
    Ok(())
}

/// `weekly`, `monthly` or `off`, and the hour the summary comes at.
pub async fn set_summary_cadence(
    tx: &mut Tx,
    household: HouseholdId,
    cadence: &str,
    hour: i32,
) -> Result<()> {
    const SQL: &str = "UPDATE household SET summary_cadence = $1, summary_hour = $2 WHERE id = $3";
    on_tx!(tx, |c| sqlx::query(SQL)
        .bind(cadence)
        .bind(hour)
        .bind(household.0)
        .execute(c)
        .await?
        .rows_affected());
    Ok(())
}
