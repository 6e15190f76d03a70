//! Schedules live in our own tables: each household's summary cadence (on the household row)
//! and its recurring purchases (`schedule` rows). A tick that finds something due records an
//! event whose outbox row carries a `(schedule, period)` dedupe key, so any number of
//! replicas fire it once.

use restock_core::event::DomainEvent;
use restock_core::household::HouseholdId;

use crate::households::Household;
use crate::outbox::{self, NewMessage};
use crate::{Result, Store, Tx, on_pool, on_tx};

/// The `schedule.kind` of a recurring purchase.
pub const RECURRING_PURCHASE: &str = "recurring_purchase";

/// A schedule row with its household's time zone and locale.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Schedule {
    pub id: i64,
    pub household_id: i64,
    pub kind: String,
    /// The kind's own definition (JSON).
    pub spec: String,
    pub last_period: Option<String>,
    pub created_at: i64,
    pub time_zone: String,
}

/// Households that want a summary (cadence other than `off`).
pub async fn summary_households(store: &Store) -> Result<Vec<Household>> {
    const SQL: &str = "SELECT id, locale, time_zone, summary_cadence, summary_weekday, summary_hour, \
                       created_at FROM household WHERE summary_cadence <> 'off' ORDER BY id";
    Ok(on_pool!(store, |c| sqlx::query_as::<_, Household>(SQL).fetch_all(c).await?))
}

/// Enabled schedules of `kind`, with their household's time zone.
pub async fn active(store: &Store, kind: &str) -> Result<Vec<Schedule>> {
    const SQL: &str = "SELECT s.id, s.household_id, s.kind, s.spec, s.last_period, s.created_at, h.time_zone \
                       FROM schedule s JOIN household h ON h.id = s.household_id \
                       WHERE s.kind = $1 AND s.enabled ORDER BY s.id";
    Ok(on_pool!(store, |c| sqlx::query_as::<_, Schedule>(SQL).bind(kind).fetch_all(c).await?))
}

pub async fn get(store: &Store, id: i64) -> Result<Option<Schedule>> {
    const SQL: &str = "SELECT s.id, s.household_id, s.kind, s.spec, s.last_period, s.created_at, h.time_zone \
                       FROM schedule s JOIN household h ON h.id = s.household_id WHERE s.id = $1";
    Ok(on_pool!(store, |c| sqlx::query_as::<_, Schedule>(SQL).bind(id).fetch_optional(c).await?))
}

pub async fn create(
    tx: &mut Tx,
    household: HouseholdId,
    kind: &str,
    spec: &str,
    now: i64,
) -> Result<i64> {
    const SQL: &str = "INSERT INTO schedule (household_id, kind, spec, created_at) VALUES ($1, $2, $3, $4) RETURNING id";
    Ok(on_tx!(tx, |c| sqlx::query_scalar(SQL)
        .bind(household.0)
        .bind(kind)
        .bind(spec)
        .bind(now)
        .fetch_one(c)
        .await?))
}

/// Record the event of a due period, once: returns its event id, or `None` when this
/// `key` fired already (another replica, or an earlier tick). Commit only on `Some`.
pub async fn fire(
    tx: &mut Tx,
    household: HouseholdId,
    event: &DomainEvent,
    key: &str,
    now: i64,
) -> Result<Option<i64>> {
    const EVENT: &str = "INSERT INTO event (household_id, type, payload, actor, created_at) \
                         VALUES ($1, $2, $3, NULL, $4) RETURNING id";
    const LINK: &str = "UPDATE outbox SET event_id = $1 WHERE id = $2";
    let payload = event.to_json();
    let msg = NewMessage {
        topic: event.type_name().to_owned(),
        household: Some(household),
        event_id: None,
        payload: payload.clone(),
        dedupe_key: Some(key.to_owned()),
        available_at: now,
    };
    // The outbox row first: its unique key is what decides whether this tick fires.
    let Some(outbox_id) = outbox::enqueue(tx, &msg, now).await? else {
        return Ok(None);
    };
    let event_id: i64 = on_tx!(tx, |c| sqlx::query_scalar(EVENT)
        .bind(household.0)
        .bind(event.type_name())
        .bind(&payload)
        .bind(now)
        .fetch_one(&mut *c)
        .await?);
    on_tx!(tx, |c| sqlx::query(LINK)
        .bind(event_id)
        .bind(outbox_id)
        .execute(c)
        .await?
        .rows_affected());
    Ok(Some(event_id))
}

/// Remember the last period a schedule fired for (for the operator; the dedupe key is what
/// guarantees once).
pub async fn mark_fired(tx: &mut Tx, schedule_id: i64, period: &str) -> Result<()> {
    const SQL: &str = "UPDATE schedule SET last_period = $1 WHERE id = $2";
    on_tx!(tx, |c| sqlx::query(SQL)
        .bind(period)
        .bind(schedule_id)
        .execute(c)
        .await?
        .rows_affected());
    Ok(())
}

/// How many outbox rows carry a dedupe key starting with `prefix` (for tests and the operator).
pub async fn fired_count(store: &Store, prefix: &str) -> Result<i64> {
    const SQL: &str = "SELECT COUNT(*) FROM outbox WHERE dedupe_key LIKE $1";
    Ok(on_pool!(store, |c| sqlx::query_scalar(SQL).bind(format!("{prefix}%")).fetch_one(c).await?))
}

/// A household's enabled schedules of `kind`, oldest first.
pub async fn of_household(
    tx: &mut Tx,
    household: HouseholdId,
    kind: &str,
) -> Result<Vec<(i64, String)>> {
    const SQL: &str = "SELECT id, spec FROM schedule WHERE household_id = $1 AND kind = $2 \
                       AND enabled ORDER BY id";
    Ok(on_tx!(tx, |c| sqlx::query_as::<_, (i64, String)>(SQL)
        .bind(household.0)
        .bind(kind)
        .fetch_all(c)
        .await?))
}

/// Stop a household's schedule; `false` if it had no such enabled schedule.
pub async fn disable(tx: &mut Tx, household: HouseholdId, id: i64) -> Result<bool> {
    const SQL: &str =
        "UPDATE schedule SET enabled = FALSE WHERE id = $1 AND household_id = $2 AND enabled";
    Ok(on_tx!(tx, |c| sqlx::query(SQL)
        .bind(id)
        .bind(household.0)
        .execute(c)
        .await?
        .rows_affected())
        == 1)
}
