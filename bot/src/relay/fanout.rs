//! Sending one outbox row's message to every chat linked to its household, each at most
//! once: a send is recorded against (outbox id, chat) right after the platform accepts it.

use restock_core::household::{ChatRef, HouseholdId};
use restock_storage::deliveries::{self, Audience};
use restock_storage::outbox::Claimed;

use super::dispatch::{Deps, HandleError};
use crate::notify::Outgoing;

/// The household a row belongs to, or a permanent error (such a row can never be sent).
pub fn household_of(row: &Claimed) -> Result<HouseholdId, HandleError> {
    row.household_id.map(HouseholdId).ok_or_else(|| {
        HandleError::Permanent(format!("{} row {} names no household", row.topic, row.id))
    })
}

/// The household's audience and the chats that still lack this row's message. `None` when
/// there is nobody left to send to, so a handler can skip composing.
pub async fn pending(
    deps: &Deps,
    row: &Claimed,
) -> Result<Option<(Audience, Vec<ChatRef>)>, HandleError> {
    let household = household_of(row)?;
    let Some(audience) = deliveries::audience(&deps.store, household).await? else {
        return Err(HandleError::Permanent(format!("household {household} does not exist")));
    };
    let done = deliveries::delivered(&deps.store, row.id).await?;
    let todo: Vec<ChatRef> = audience.chats.iter().filter(|c| !done.contains(c)).cloned().collect();
    Ok((!todo.is_empty()).then_some((audience, todo)))
}

/// Send `msg` to each chat in `to`, recording each delivery. Stops at the first failure;
/// the chats already served are not sent to again when the row is retried.
pub async fn send(
    deps: &Deps,
    row: &Claimed,
    to: &[ChatRef],
    msg: &Outgoing,
) -> Result<(), HandleError> {
    for chat in to {
        let notifier = deps.notifiers.get(&chat.platform).ok_or_else(|| {
            // Another relay process may have this platform; let the row come back.
            HandleError::Transient(format!("no {} sender in this process", chat.platform))
        })?;
        let sent = notifier.send(chat, msg).await?;
        remember(deps, row, chat, &sent).await?;
    }
    Ok(())
}

/// Record a send that happened. The message is out, so a lost record means a second send on
/// redelivery: try hard (a database restart takes a moment) before giving up.
async fn remember(
    deps: &Deps,
    row: &Claimed,
    chat: &ChatRef,
    sent: &str,
) -> Result<(), HandleError> {
    let mut wait = std::time::Duration::from_millis(100);
    for _ in 0..8 {
        match deliveries::record(&deps.store, row.id, chat, sent, deps.clock.now_ms()).await {
            Ok(_) => return Ok(()),
            Err(e) => {
                tracing::warn!(outbox_id = row.id, error = %e, "recording a delivery failed; retrying");
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(std::time::Duration::from_secs(2));
            }
        }
    }
    Err(HandleError::Transient(format!(
        "could not record the delivery of row {} to {chat:?}",
        row.id
    )))
}
