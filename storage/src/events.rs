//! The append-only event log. Recording an event also enqueues it in the outbox, in the same
//! transaction.

use restock_core::event::DomainEvent;
use restock_core::household::HouseholdId;

use crate::outbox::{self, NewMessage};
use crate::{Result, Store, StoreError, Tx, on_pool, on_tx};

/// An event as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEvent {
    pub id: i64,
    pub household: HouseholdId,
    pub actor: Option<String>,
    pub created_at: i64,
    pub event: DomainEvent,
}

#[derive(sqlx::FromRow)]
struct EventRow {
    id: i64,
    household_id: i64,
    payload: String,
    actor: Option<String>,
    created_at: i64,
}

/// Append `event` to the household's log and enqueue it for delivery. Returns the event id.
pub async fn record(
    tx: &mut Tx,
    household: HouseholdId,
    actor: Option<&str>,
    event: &DomainEvent,
    now: i64,
) -> Result<i64> {
    const SQL: &str = "INSERT INTO event (household_id, type, payload, actor, created_at) \
                       VALUES ($1, $2, $3, $4, $5) RETURNING id";
    let payload = event.to_json();
    let id: i64 = on_tx!(tx, |c| sqlx::query_scalar(SQL)
        .bind(household.0)
        .bind(event.type_name())
        .bind(&payload)
        .bind(actor)
        .bind(now)
        .fetch_one(c)
        .await?);
    let msg = NewMessage {
        topic: event.type_name().to_owned(),
        household: Some(household),
        event_id: Some(id),
        payload,
        dedupe_key: None,
        available_at: now,
    };
    outbox::enqueue(tx, &msg, now).await?;
    Ok(id)
}

/// The household's events from `since` on, oldest first.
pub async fn since(store: &Store, household: HouseholdId, since: i64) -> Result<Vec<StoredEvent>> {
    const SQL: &str = "SELECT id, household_id, payload, actor, created_at FROM event \
                       WHERE household_id = $1 AND created_at >= $2 ORDER BY id";
    let rows = on_pool!(store, |c| sqlx::query_as::<_, EventRow>(SQL)
        .bind(household.0)
        .bind(since)
        .fetch_all(c)
        .await?);
    rows.into_iter()
        .map(|r| {
            Ok(StoredEvent {
                id: r.id,
                household: HouseholdId(r.household_id),
                actor: r.actor,
                created_at: r.created_at,
                event: serde_json::from_str(&r.payload)
                    .map_err(|e| StoreError::Corrupt(format!("event {}: {e}", r.id)))?,
            })
        })
        .collect()
}

/// How many events the log holds (all households).
pub async fn count(store: &Store) -> Result<i64> {
    const SQL: &str = "SELECT COUNT(*) FROM event";
    Ok(on_pool!(store, |c| sqlx::query_scalar(SQL).fetch_one(c).await?))
}
