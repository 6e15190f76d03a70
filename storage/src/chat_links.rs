//! Chat links that change: a Telegram group that becomes a supergroup gets a new chat id.

use restock_core::household::Platform;

use crate::{Result, Tx, on_tx};

/// Move the link of chat `from` to chat `to`. `false` if `from` was not linked or `to`
/// already is (a second notice of the same migration).
pub async fn move_chat(tx: &mut Tx, platform: Platform, from: &str, to: &str) -> Result<bool> {
    const SQL: &str = "UPDATE chat_link SET chat_id = $1 WHERE platform = $2 AND chat_id = $3 \
                       AND NOT EXISTS (SELECT 1 FROM chat_link WHERE platform = $2 AND chat_id = $1)";
    let n = on_tx!(tx, |c| sqlx::query(SQL)
        .bind(to)
        .bind(platform.as_str())
        .bind(from)
        .execute(c)
        .await?
        .rows_affected());
    Ok(n == 1)
}
