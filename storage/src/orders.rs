//! Orders: proposed from the shopping list, then confirmed or cancelled by a member.

use restock_core::household::HouseholdId;

use crate::{Result, Tx, on_tx};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Order {
    pub id: i64,
    pub household_id: i64,
    /// `proposed`, `confirmed`, `cancelled` (later issues add the store's states).
    pub status: String,
    /// The order lines as JSON (`restock_core::event::OrderLine`s).
    pub lines: String,
    pub decided_by: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// Record a proposed order; returns its id.
pub async fn propose(tx: &mut Tx, household: HouseholdId, lines: &str, now: i64) -> Result<i64> {
    const SQL: &str = "INSERT INTO orders (household_id, status, lines, created_at, updated_at) \
                       VALUES ($1, 'proposed', $2, $3, $3) RETURNING id";
    Ok(on_tx!(tx, |c| sqlx::query_scalar(SQL)
        .bind(household.0)
        .bind(lines)
        .bind(now)
        .fetch_one(c)
        .await?))
}

pub async fn get(tx: &mut Tx, id: i64) -> Result<Option<Order>> {
    const SQL: &str = "SELECT id, household_id, status, lines, decided_by, created_at, updated_at \
                       FROM orders WHERE id = $1";
    Ok(on_tx!(tx, |c| sqlx::query_as::<_, Order>(SQL).bind(id).fetch_optional(c).await?))
}

/// Move an order from `from` to `to`. `false` if it was not in `from` (decided already).
pub async fn transition(
    tx: &mut Tx,
    id: i64,
    from: &str,
    to: &str,
    by: &str,
    now: i64,
) -> Result<bool> {
    const SQL: &str = "UPDATE orders SET status = $1, decided_by = $2, updated_at = $3 \
                       WHERE id = $4 AND status = $5";
    let n = on_tx!(tx, |c| sqlx::query(SQL)
        .bind(to)
        .bind(by)
        .bind(now)
        .bind(id)
        .bind(from)
        .execute(c)
        .await?
        .rows_affected());
    Ok(n == 1)
}
