//! The household's shopping list.

use restock_core::household::HouseholdId;
use restock_core::unit::Unit;

use crate::items::unit_from_db;
use crate::{Result, Tx, on_tx};

#[derive(Debug, Clone, PartialEq)]
pub struct ListEntry {
    pub item_id: i64,
    pub name: String,
    pub quantity: Option<f64>,
    pub unit: Option<Unit>,
}

#[derive(sqlx::FromRow)]
struct EntryRow {
    item_id: i64,
    name: String,
    quantity: Option<f64>,
    unit: Option<String>,
}

/// Put an item on the list (or update its amount). `true` if it was not on the list yet.
pub async fn add(
    tx: &mut Tx,
    household: HouseholdId,
    item_id: i64,
    quantity: Option<f64>,
    unit: Option<Unit>,
    added_by: Option<&str>,
    now: i64,
) -> Result<bool> {
    let existed = contains(tx, household, item_id).await?;
    const SQL: &str = "INSERT INTO shopping_list (household_id, item_id, quantity, unit, added_by, added_at) \
                       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (household_id, item_id) DO UPDATE \
                       SET quantity = COALESCE(excluded.quantity, shopping_list.quantity), \
                           unit = CASE WHEN excluded.quantity IS NULL THEN shopping_list.unit \
                                       ELSE excluded.unit END";
    on_tx!(tx, |c| sqlx::query(SQL)
        .bind(household.0)
        .bind(item_id)
        .bind(quantity)
        .bind(unit.map(Unit::code))
        .bind(added_by)
        .bind(now)
        .execute(c)
        .await?
        .rows_affected());
    Ok(!existed)
}

/// Take an item off the list. `true` if it was on it.
pub async fn remove(tx: &mut Tx, household: HouseholdId, item_id: i64) -> Result<bool> {
    const SQL: &str = "DELETE FROM shopping_list WHERE household_id = $1 AND item_id = $2";
    let n = on_tx!(tx, |c| sqlx::query(SQL)
        .bind(household.0)
        .bind(item_id)
        .execute(c)
        .await?
        .rows_affected());
    Ok(n > 0)
}

pub async fn contains(tx: &mut Tx, household: HouseholdId, item_id: i64) -> Result<bool> {
    const SQL: &str = "SELECT COUNT(*) FROM shopping_list WHERE household_id = $1 AND item_id = $2";
    let n: i64 = on_tx!(tx, |c| sqlx::query_scalar(SQL)
        .bind(household.0)
        .bind(item_id)
        .fetch_one(c)
        .await?);
    Ok(n > 0)
}

/// The list, in the order items were added.
pub async fn entries(tx: &mut Tx, household: HouseholdId) -> Result<Vec<ListEntry>> {
    const SQL: &str = "SELECT l.item_id, i.name, l.quantity, l.unit FROM shopping_list l \
                       JOIN item i ON i.id = l.item_id WHERE l.household_id = $1 \
                       ORDER BY l.added_at, i.name";
    let rows =
        on_tx!(tx, |c| sqlx::query_as::<_, EntryRow>(SQL).bind(household.0).fetch_all(c).await?);
    rows.into_iter()
        .map(|r| {
            Ok(ListEntry {
                item_id: r.item_id,
                name: r.name,
                quantity: r.quantity,
                unit: unit_from_db(r.unit)?,
            })
        })
        .collect()
}
