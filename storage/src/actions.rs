//! Actions behind buttons: a button carries an opaque token; the action it stands for, the
//! household it belongs to and whether it is still open live here.

use restock_core::household::HouseholdId;

use crate::{Result, Store, Tx, on_pool, on_tx};

#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Action {
    pub token: String,
    pub household_id: i64,
    /// What pressing does, e.g. `order.confirm`, `clarify`, `reminder.snooze`.
    pub kind: String,
    /// The kind's own data (JSON).
    pub payload: String,
    /// `open`, or `decided` once pressed.
    pub status: String,
    pub decided_by: Option<String>,
    pub decision: Option<String>,
    pub created_at: i64,
    pub expires_at: Option<i64>,
}

/// Open a new action; returns its token (random, unguessable, 32 hex characters).
pub async fn open(
    tx: &mut Tx,
    household: HouseholdId,
    kind: &str,
    payload: &str,
    expires_at: Option<i64>,
    now: i64,
) -> Result<String> {
    const SQL: &str = "INSERT INTO action (token, household_id, kind, payload, created_at, expires_at) \
                       VALUES ($1, $2, $3, $4, $5, $6)";
    let token = uuid::Uuid::new_v4().simple().to_string();
    on_tx!(tx, |c| sqlx::query(SQL)
        .bind(&token)
        .bind(household.0)
        .bind(kind)
        .bind(payload)
        .bind(now)
        .bind(expires_at)
        .execute(c)
        .await?
        .rows_affected());
    Ok(token)
}

/// The action, locked for the rest of the transaction on PostgreSQL so two presses of the
/// same button are decided one after the other.
pub async fn get_for_update(tx: &mut Tx, token: &str) -> Result<Option<Action>> {
    const PG: &str = "SELECT token, household_id, kind, payload, status, decided_by, decision, \
                      created_at, expires_at FROM action WHERE token = $1 FOR UPDATE";
    const LITE: &str = "SELECT token, household_id, kind, payload, status, decided_by, decision, \
                        created_at, expires_at FROM action WHERE token = $1";
    Ok(match tx {
        Tx::Pg(t) => sqlx::query_as::<_, Action>(PG).bind(token).fetch_optional(&mut **t).await?,
        Tx::Lite(t) => {
            sqlx::query_as::<_, Action>(LITE).bind(token).fetch_optional(&mut **t).await?
        }
    })
}

/// Decide an open action. `false` if it was decided already (a second tap changes nothing).
pub async fn decide(tx: &mut Tx, token: &str, by: &str, decision: &str, now: i64) -> Result<bool> {
    const SQL: &str = "UPDATE action SET status = 'decided', decided_by = $1, decision = $2, \
                       decided_at = $3 WHERE token = $4 AND status = 'open'";
    let n = on_tx!(tx, |c| sqlx::query(SQL)
        .bind(by)
        .bind(decision)
        .bind(now)
        .bind(token)
        .execute(c)
        .await?
        .rows_affected());
    Ok(n == 1)
}

/// Delete actions created before `before` that are decided or have expired by `now`: their
/// buttons answer "not valid" from then on, as for any unknown token.
pub async fn prune(store: &Store, before: i64, now: i64) -> Result<u64> {
    const SQL: &str = "DELETE FROM action WHERE created_at < $1 \
                       AND (status <> 'open' OR (expires_at IS NOT NULL AND expires_at <= $2))";
    Ok(on_pool!(store, |c| sqlx::query(SQL)
        .bind(before)
        .bind(now)
        .execute(c)
        .await?
        .rows_affected()))
}
