//! Deduplication of inbound updates on `(platform, source id)`.

use restock_core::household::Platform;

use crate::{Result, Store, Tx, on_pool, on_tx};

/// Record an inbound update inside the transaction that applies it. `false` means it was
/// seen before: the caller rolls back and changes nothing.
pub async fn first_seen(
    tx: &mut Tx,
    platform: Platform,
    source_id: &str,
    now: i64,
) -> Result<bool> {
    const SQL: &str = "INSERT INTO inbound (platform, source_id, received_at) VALUES ($1, $2, $3) \
                       ON CONFLICT (platform, source_id) DO NOTHING";
    let done = on_tx!(tx, |c| sqlx::query(SQL)
        .bind(platform.as_str())
        .bind(source_id)
        .bind(now)
        .execute(c)
        .await?
        .rows_affected());
    Ok(done == 1)
}

/// Forget inbound ids older than `before`; platforms do not redeliver that late.
pub async fn prune(store: &Store, before: i64) -> Result<u64> {
    const SQL: &str = "DELETE FROM inbound WHERE received_at < $1";
    Ok(on_pool!(store, |c| sqlx::query(SQL).bind(before).execute(c).await?.rows_affected()))
}
