//! One-time invite codes: `/invite` in one chat, `/join CODE` in another links that chat to
//! the same household.

use restock_core::household::{HouseholdId, Platform};

use crate::{Result, Tx, on_tx};

/// Why a code did not link the chat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Redeemed {
    /// The chat is now linked to this household.
    Joined(HouseholdId),
    /// No such code, or it was used, or it expired.
    Invalid,
}

/// Store a new code for `household`, valid until `expires_at`.
pub async fn create(
    tx: &mut Tx,
    household: HouseholdId,
    code: &str,
    created_by: &str,
    expires_at: i64,
    now: i64,
) -> Result<()> {
    const SQL: &str = "INSERT INTO invite (code, household_id, created_by, created_at, expires_at) \
                       VALUES ($1, $2, $3, $4, $5)";
    on_tx!(tx, |c| sqlx::query(SQL)
        .bind(code)
        .bind(household.0)
        .bind(created_by)
        .bind(now)
        .bind(expires_at)
        .execute(c)
        .await?
        .rows_affected());
    Ok(())
}

/// Use `code` for the chat: marks it used (once, before it expires) and links the chat to
/// the code's household, moving it off the household it had.
pub async fn redeem(
    tx: &mut Tx,
    code: &str,
    platform: Platform,
    chat_id: &str,
    now: i64,
) -> Result<Redeemed> {
    const USE: &str = "UPDATE invite SET used_at = $1, used_by_chat = $2 \
                       WHERE code = $3 AND used_at IS NULL AND expires_at > $1 \
                       RETURNING household_id";
    let chat = format!("{platform}:{chat_id}");
    let household: Option<i64> = on_tx!(tx, |c| sqlx::query_scalar(USE)
        .bind(now)
        .bind(&chat)
        .bind(code)
        .fetch_optional(c)
        .await?);
    let Some(household) = household else { return Ok(Redeemed::Invalid) };
    relink_chat(tx, platform, chat_id, HouseholdId(household), now).await?;
    Ok(Redeemed::Joined(HouseholdId(household)))
}

/// Link a chat to `household`, whether or not it was linked before.
pub async fn relink_chat(
    tx: &mut Tx,
    platform: Platform,
    chat_id: &str,
    household: HouseholdId,
    now: i64,
) -> Result<()> {
    const SQL: &str = "INSERT INTO chat_link (platform, chat_id, household_id, created_at) \
                       VALUES ($1, $2, $3, $4) ON CONFLICT (platform, chat_id) \
                       DO UPDATE SET household_id = excluded.household_id";
    on_tx!(tx, |c| sqlx::query(SQL)
        .bind(platform.as_str())
        .bind(chat_id)
        .bind(household.0)
        .bind(now)
        .execute(c)
        .await?
        .rows_affected());
    Ok(())
}
