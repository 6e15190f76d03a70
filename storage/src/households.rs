//! Households, the chats linked to them, and their members.

use restock_core::household::{HouseholdId, Platform, UserRef};

use crate::{Result, Tx, on_tx};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Household {
    pub id: i64,
    pub locale: String,
    pub time_zone: String,
    pub summary_cadence: String,
    pub summary_weekday: i32,
    pub summary_hour: i32,
    pub created_at: i64,
}

impl Household {
    pub fn id(&self) -> HouseholdId {
        HouseholdId(self.id)
    }
}

/// The household a chat is linked to, if any.
pub async fn find_by_chat(
    tx: &mut Tx,
    platform: Platform,
    chat_id: &str,
) -> Result<Option<Household>> {
    const SQL: &str = "SELECT h.id, h.locale, h.time_zone, h.summary_cadence, h.summary_weekday, \
                       h.summary_hour, h.created_at \
                       FROM chat_link c JOIN household h ON h.id = c.household_id \
                       WHERE c.platform = $1 AND c.chat_id = $2";
    Ok(on_tx!(tx, |c| sqlx::query_as::<_, Household>(SQL)
        .bind(platform.as_str())
        .bind(chat_id)
        .fetch_optional(c)
        .await?))
}

pub async fn get(tx: &mut Tx, id: HouseholdId) -> Result<Option<Household>> {
    const SQL: &str = "SELECT h.id, h.locale, h.time_zone, h.summary_cadence, h.summary_weekday, \
                       h.summary_hour, h.created_at FROM household h WHERE h.id = $1";
    Ok(on_tx!(tx, |c| sqlx::query_as::<_, Household>(SQL).bind(id.0).fetch_optional(c).await?))
}

/// Create a household and link `chat_id` to it. A concurrent first message in the same chat
/// makes this fail with [`crate::StoreError::Conflict`] on `chat_link_pkey`; retry to find it.
pub async fn create_for_chat(
    tx: &mut Tx,
    platform: Platform,
    chat_id: &str,
    locale: &str,
    time_zone: &str,
    now: i64,
) -> Result<Household> {
    const SQL: &str = "INSERT INTO household (locale, time_zone, created_at) VALUES ($1, $2, $3) \
                       RETURNING id";
    let id: i64 = on_tx!(tx, |c| sqlx::query_scalar(SQL)
        .bind(locale)
        .bind(time_zone)
        .bind(now)
        .fetch_one(c)
        .await?);
    link_chat(tx, platform, chat_id, HouseholdId(id), now).await?;
    Ok(get(tx, HouseholdId(id)).await?.expect("the household was just created"))
}

pub async fn link_chat(
    tx: &mut Tx,
    platform: Platform,
    chat_id: &str,
    household: HouseholdId,
    now: i64,
) -> Result<()> {
    const SQL: &str = "INSERT INTO chat_link (platform, chat_id, household_id, created_at) \
                       VALUES ($1, $2, $3, $4)";
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

/// Record that `user` writes in this household; keeps their display name current.
pub async fn ensure_member(
    tx: &mut Tx,
    household: HouseholdId,
    user: &UserRef,
    now: i64,
) -> Result<()> {
    const SQL: &str = "INSERT INTO member (household_id, platform, user_id, display_name, created_at) \
                       VALUES ($1, $2, $3, $4, $5) \
                       ON CONFLICT (household_id, platform, user_id) \
                       DO UPDATE SET display_name = excluded.display_name";
    on_tx!(tx, |c| sqlx::query(SQL)
        .bind(household.0)
        .bind(user.platform.as_str())
        .bind(&user.user_id)
        .bind(&user.display_name)
        .bind(now)
        .execute(c)
        .await?
        .rows_affected());
    Ok(())
}

pub async fn is_member(
    tx: &mut Tx,
    household: HouseholdId,
    platform: Platform,
    user_id: &str,
) -> Result<bool> {
    const SQL: &str =
        "SELECT COUNT(*) FROM member WHERE household_id = $1 AND platform = $2 AND user_id = $3";
    let n: i64 = on_tx!(tx, |c| sqlx::query_scalar(SQL)
        .bind(household.0)
        .bind(platform.as_str())
        .bind(user_id)
        .fetch_one(c)
        .await?);
    Ok(n > 0)
}

pub async fn set_locale(tx: &mut Tx, household: HouseholdId, locale: &str) -> Result<()> {
    const SQL: &str = "UPDATE household SET locale = $1 WHERE id = $2";
    on_tx!(tx, |c| sqlx::query(SQL)
        .bind(locale)
        .bind(household.0)
        .execute(c)
        .await?
        .rows_affected());
    Ok(())
}

pub async fn set_time_zone(tx: &mut Tx, household: HouseholdId, time_zone: &str) -> Result<()> {
    const SQL: &str = "UPDATE household SET time_zone = $1 WHERE id = $2";
    on_tx!(tx, |c| sqlx::query(SQL)
        .bind(time_zone)
        .bind(household.0)
        .execute(c)
        .await?
        .rows_affected());
    Ok(())
}
