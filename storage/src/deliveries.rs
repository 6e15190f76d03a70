//! Who an outbox row goes to, and who already got it. A delivery is recorded against its
//! outbox id and chat, so a redelivered row sends nothing twice.

use restock_core::household::{ChatRef, HouseholdId, Platform};

use crate::{Result, Store, StoreError, on_pool};

fn chat(platform: String, chat_id: String) -> Result<ChatRef> {
    let platform: Platform =
        platform.parse().map_err(|e: restock_core::household::UnknownPlatform| {
            StoreError::Corrupt(e.to_string())
        })?;
    Ok(ChatRef { platform, chat_id })
}

/// Every chat linked to the household, oldest link first.
pub async fn recipients(store: &Store, household: HouseholdId) -> Result<Vec<ChatRef>> {
    const SQL: &str = "SELECT platform, chat_id FROM chat_link WHERE household_id = $1 \
                       ORDER BY created_at, platform, chat_id";
    let rows: Vec<(String, String)> =
        on_pool!(store, |c| sqlx::query_as(SQL).bind(household.0).fetch_all(c).await?);
    rows.into_iter().map(|(p, c)| chat(p, c)).collect()
}

/// A household as the relay addresses it: its language, its zone and its chats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Audience {
    pub locale: String,
    pub time_zone: String,
    pub chats: Vec<ChatRef>,
}

pub async fn audience(store: &Store, household: HouseholdId) -> Result<Option<Audience>> {
    const SQL: &str = "SELECT locale, time_zone FROM household WHERE id = $1";
    let row: Option<(String, String)> =
        on_pool!(store, |c| sqlx::query_as(SQL).bind(household.0).fetch_optional(c).await?);
    let Some((locale, time_zone)) = row else { return Ok(None) };
    Ok(Some(Audience { locale, time_zone, chats: recipients(store, household).await? }))
}

/// The chats this outbox row was already delivered to.
pub async fn delivered(store: &Store, outbox_id: i64) -> Result<Vec<ChatRef>> {
    const SQL: &str = "SELECT platform, chat_id FROM delivery WHERE outbox_id = $1";
    let rows: Vec<(String, String)> =
        on_pool!(store, |c| sqlx::query_as(SQL).bind(outbox_id).fetch_all(c).await?);
    rows.into_iter().map(|(p, c)| chat(p, c)).collect()
}

/// Record that the row reached `to`. `false` if that was already recorded.
pub async fn record(
    store: &Store,
    outbox_id: i64,
    to: &ChatRef,
    message_ref: &str,
    now: i64,
) -> Result<bool> {
    const SQL: &str = "INSERT INTO delivery (outbox_id, platform, chat_id, message_ref, sent_at) \
                       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (outbox_id, platform, chat_id) DO NOTHING";
    let n = on_pool!(store, |c| sqlx::query(SQL)
        .bind(outbox_id)
        .bind(to.platform.as_str())
        .bind(&to.chat_id)
        .bind(message_ref)
        .bind(now)
        .execute(c)
        .await?
        .rows_affected());
    Ok(n == 1)
}

/// How many deliveries are recorded (all rows, all chats).
pub async fn count(store: &Store) -> Result<i64> {
    const SQL: &str = "SELECT COUNT(*) FROM delivery";
    Ok(on_pool!(store, |c| sqlx::query_scalar(SQL).fetch_one(c).await?))
}

/// Forget deliveries older than `before` (their outbox rows are pruned by then).
pub async fn prune(store: &Store, before: i64) -> Result<u64> {
    const SQL: &str = "DELETE FROM delivery WHERE sent_at < $1";
    Ok(on_pool!(store, |c| sqlx::query(SQL).bind(before).execute(c).await?.rows_affected()))
}
