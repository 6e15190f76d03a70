//! Sending to chats outside a reply: the relay's notifications (reminders, summaries, order
//! updates) go through one [`Notifier`] per platform, each behind that platform's rate limits.

pub mod console;

use std::time::Duration;

use restock_core::household::ChatRef;

/// A button under a message. `data` is an opaque action token, never a trusted value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    pub label: String,
    pub data: String,
}

/// A message to send.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outgoing {
    pub text: String,
    /// Rows of buttons.
    pub buttons: Vec<Vec<Button>>,
    /// A PNG to send as a photo with `text` as its caption, where the platform takes photos.
    pub photo: Option<Vec<u8>>,
}

/// What the platform said.
#[derive(Debug, thiserror::Error)]
pub enum SendError {
    /// Too many requests: try again after this long.
    #[error("rate limited; retry after {0:?}")]
    RetryAfter(Duration),
    /// A 5xx, a timeout, a dropped connection: worth retrying with back-off.
    #[error("temporary failure: {0}")]
    Transient(String),
    /// The chat is gone, the bot was removed, the request is malformed: retrying won't help.
    #[error("permanent failure: {0}")]
    Permanent(String),
}

/// One platform's way of sending to a chat.
#[async_trait::async_trait]
pub trait Notifier: Send + Sync {
    /// Send `msg` to `chat`. Returns the platform's id of the sent message.
    async fn send(&self, chat: &ChatRef, msg: &Outgoing) -> Result<String, SendError>;
}
