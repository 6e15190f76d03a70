//! Settling claimed rows in bulk, and the outcomes a handler can ask for besides the
//! standard back-off: "not before this time" (a platform's `retry_after`) and "never again".

use crate::{Result, Store};

/// Mark many rows delivered in one statement. Returns how many were still pending.
pub async fn complete_many(store: &Store, ids: &[i64], now: i64) -> Result<u64> {
    if ids.is_empty() {
        return Ok(0);
    }
    Ok(match store {
        Store::Pg(p) => {
            const SQL: &str = "UPDATE outbox SET processed_at = $1, lease_until = NULL \
                               WHERE id = ANY($2) AND processed_at IS NULL";
            sqlx::query(SQL).bind(now).bind(ids).execute(p).await?.rows_affected()
        }
        Store::Lite(p) => {
            const SQL: &str = "UPDATE outbox SET processed_at = $1, lease_until = NULL \
                               WHERE id IN (SELECT value FROM json_each($2)) AND processed_at IS NULL";
            sqlx::query(SQL).bind(now).bind(json_list(ids)).execute(p).await?.rows_affected()
        }
    })
}

/// Give claimed rows back at once, without counting the attempt: a worker shutting down, or
/// the rest of a household's run after a failed row. Returns how many were given back.
pub async fn release(store: &Store, ids: &[i64]) -> Result<u64> {
    if ids.is_empty() {
        return Ok(0);
    }
    Ok(match store {
        Store::Pg(p) => {
            const SQL: &str = "UPDATE outbox SET lease_until = NULL, attempts = attempts - 1 \
                               WHERE id = ANY($1) AND processed_at IS NULL AND dead_at IS NULL \
                               AND attempts > 0";
            sqlx::query(SQL).bind(ids).execute(p).await?.rows_affected()
        }
        Store::Lite(p) => {
            const SQL: &str = "UPDATE outbox SET lease_until = NULL, attempts = attempts - 1 \
                               WHERE id IN (SELECT value FROM json_each($1)) \
                               AND processed_at IS NULL AND dead_at IS NULL AND attempts > 0";
            sqlx::query(SQL).bind(json_list(ids)).execute(p).await?.rows_affected()
        }
    })
}

fn json_list(ids: &[i64]) -> String {
    serde_json::to_string(ids).expect("ids serialise")
}

/// Make a row claimable again at `at` (e.g. the platform said "retry after"), keeping the
/// attempt it used.
pub async fn retry_at(store: &Store, id: i64, at: i64, error: &str) -> Result<bool> {
    const SQL: &str = "UPDATE outbox SET available_at = $1, lease_until = NULL, last_error = $2 \
                       WHERE id = $3 AND processed_at IS NULL";
    let error: String = error.chars().take(2000).collect();
    Ok(crate::on_pool!(store, |c| sqlx::query(SQL)
        .bind(at)
        .bind(&error)
        .bind(id)
        .execute(c)
        .await?
        .rows_affected())
        == 1)
}

/// Dead-letter a row at once: retrying cannot help (the chat is gone, the payload is bad).
pub async fn bury(store: &Store, id: i64, error: &str, now: i64) -> Result<bool> {
    const SQL: &str = "UPDATE outbox SET dead_at = $1, lease_until = NULL, last_error = $2 \
                       WHERE id = $3 AND processed_at IS NULL";
    let error: String = error.chars().take(2000).collect();
    Ok(crate::on_pool!(store, |c| sqlx::query(SQL)
        .bind(now)
        .bind(&error)
        .bind(id)
        .execute(c)
        .await?
        .rows_affected())
        == 1)
}

/// When the next pending row becomes due, if any: a worker with nothing to do sleeps until
/// then (or until woken).
pub async fn next_due(store: &Store) -> Result<Option<i64>> {
    const SQL: &str = "SELECT MIN(CASE WHEN lease_until IS NOT NULL AND lease_until > available_at \
                       THEN lease_until ELSE available_at END) FROM outbox \
                       WHERE processed_at IS NULL AND dead_at IS NULL";
    Ok(crate::on_pool!(store, |c| sqlx::query_scalar::<_, Option<i64>>(SQL).fetch_one(c).await?))
}
