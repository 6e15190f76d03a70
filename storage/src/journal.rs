//! What each member changed, so that "undo" takes back their own last change.

use restock_core::household::{HouseholdId, Platform};
use restock_core::stock::Level;
use restock_core::unit::Unit;

use crate::items::unit_from_db;
use crate::{Result, Tx, on_tx};

/// What a change did, so undo knows how to take it back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// Stock moved from `before` to `after`.
    Stock,
    /// The item was put on the shopping list.
    ListAdded,
    /// The item was taken off the shopping list.
    ListRemoved,
}

impl ChangeKind {
    fn as_str(self) -> &'static str {
        match self {
            ChangeKind::Stock => "stock",
            ChangeKind::ListAdded => "list_added",
            ChangeKind::ListRemoved => "list_removed",
        }
    }

    fn from_db(s: &str) -> ChangeKind {
        match s {
            "list_added" => ChangeKind::ListAdded,
            "list_removed" => ChangeKind::ListRemoved,
            _ => ChangeKind::Stock,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub id: i64,
    pub event_id: i64,
    pub item_id: i64,
    pub kind: ChangeKind,
    pub before: Level,
    pub after: Level,
}

#[derive(sqlx::FromRow)]
struct ChangeRow {
    id: i64,
    event_id: i64,
    item_id: i64,
    kind: String,
    before_qty: Option<f64>,
    before_unit: Option<String>,
    after_qty: Option<f64>,
    after_unit: Option<String>,
}

/// Who made a change, and which change it was.
pub struct NewChange<'a> {
    pub household: HouseholdId,
    pub platform: Platform,
    pub user_id: &'a str,
    /// Changes one message made share a batch; undo takes them back together.
    pub batch: &'a str,
    pub event_id: i64,
    pub item_id: i64,
    pub kind: ChangeKind,
    pub before: Level,
    pub after: Level,
}

pub async fn record(tx: &mut Tx, c: &NewChange<'_>, now: i64) -> Result<()> {
    const SQL: &str = "INSERT INTO change_log (household_id, platform, user_id, batch, event_id, item_id, \
                       kind, before_qty, before_unit, after_qty, after_unit, created_at) \
                       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)";
    on_tx!(tx, |conn| sqlx::query(SQL)
        .bind(c.household.0)
        .bind(c.platform.as_str())
        .bind(c.user_id)
        .bind(c.batch)
        .bind(c.event_id)
        .bind(c.item_id)
        .bind(c.kind.as_str())
        .bind(c.before.quantity)
        .bind(c.before.unit.map(Unit::code))
        .bind(c.after.quantity)
        .bind(c.after.unit.map(Unit::code))
        .bind(now)
        .execute(conn)
        .await?
        .rows_affected());
    Ok(())
}

/// The changes of the member's most recent message that has not been undone, newest first.
pub async fn last_open(
    tx: &mut Tx,
    household: HouseholdId,
    platform: Platform,
    user_id: &str,
) -> Result<Vec<Change>> {
    const SQL: &str = "SELECT id, event_id, item_id, kind, before_qty, before_unit, after_qty, after_unit \
                       FROM change_log WHERE household_id = $1 AND platform = $2 AND user_id = $3 \
                       AND undone_at IS NULL AND batch = (SELECT batch FROM change_log \
                         WHERE household_id = $1 AND platform = $2 AND user_id = $3 AND undone_at IS NULL \
                         ORDER BY id DESC LIMIT 1) \
                       ORDER BY id DESC";
    let rows = on_tx!(tx, |c| sqlx::query_as::<_, ChangeRow>(SQL)
        .bind(household.0)
        .bind(platform.as_str())
        .bind(user_id)
        .fetch_all(c)
        .await?);
    rows.into_iter()
        .map(|r| {
            Ok(Change {
                id: r.id,
                event_id: r.event_id,
                item_id: r.item_id,
                kind: ChangeKind::from_db(&r.kind),
                before: Level { quantity: r.before_qty, unit: unit_from_db(r.before_unit)? },
                after: Level { quantity: r.after_qty, unit: unit_from_db(r.after_unit)? },
            })
        })
        .collect()
}

pub async fn mark_undone(tx: &mut Tx, change_id: i64, now: i64) -> Result<()> {
    const SQL: &str = "UPDATE change_log SET undone_at = $1 WHERE id = $2";
    on_tx!(tx, |c| sqlx::query(SQL).bind(now).bind(change_id).execute(c).await?.rows_affected());
    Ok(())
}
