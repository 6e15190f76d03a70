//! What the weekly summary reads besides the event log, the stock and the list.

use restock_core::household::HouseholdId;

use crate::{Result, Store, on_pool};

/// An order that is neither placed nor finished.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct OpenOrder {
    pub id: i64,
    pub status: String,
    pub store: Option<String>,
    pub created_at: i64,
}

/// Orders still waiting on someone: proposed, confirmed, or being submitted.
pub async fn open_orders(store: &Store, household: HouseholdId) -> Result<Vec<OpenOrder>> {
    const SQL: &str = "SELECT id, status, store, created_at FROM orders WHERE household_id = $1 \
                       AND status IN ('proposed', 'confirmed', 'submitting') ORDER BY id";
    Ok(on_pool!(store, |c| sqlx::query_as::<_, OpenOrder>(SQL)
        .bind(household.0)
        .fetch_all(c)
        .await?))
}
