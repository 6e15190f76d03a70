//! The relay's way to Telegram: [`Notifier`] over the rate-limited sender.

use restock_core::household::{ChatRef, Platform};
use teloxide::types::ChatId;

use super::keyboard::markup;
use super::sender::{Job, TelegramSender};
use crate::notify::{Notifier, Outgoing, SendError};

pub struct TelegramNotifier {
    sender: TelegramSender,
}

impl TelegramNotifier {
    pub fn new(sender: TelegramSender) -> TelegramNotifier {
        TelegramNotifier { sender }
    }
}

#[async_trait::async_trait]
impl Notifier for TelegramNotifier {
    async fn send(&self, chat: &ChatRef, msg: &Outgoing) -> Result<String, SendError> {
        if chat.platform != Platform::Telegram {
            return Err(SendError::Permanent(format!("{} is not a Telegram chat", chat.platform)));
        }
        let id: i64 = chat.chat_id.parse().map_err(|_| {
            SendError::Permanent(format!("bad Telegram chat id {:?}", chat.chat_id))
        })?;
        let keyboard = markup(&msg.buttons);
        let text =
            || Job::Send { text: msg.text.clone(), reply_to: None, keyboard: keyboard.clone() };
        let sent = match &msg.photo {
            Some(png) => {
                let photo = Job::Photo {
                    png: png.clone(),
                    caption: msg.text.clone(),
                    keyboard: keyboard.clone(),
                };
                match self.sender.send(ChatId(id), photo).await {
                    // A chat that takes no photos (or a server without sendPhoto) still gets
                    // the words.
                    Err(SendError::Permanent(e)) => {
                        tracing::warn!(chat = id, error = %e, "photo refused; sending the text alone");
                        self.sender.send(ChatId(id), text()).await?
                    }
                    other => other?,
                }
            }
            None => self.sender.send(ChatId(id), text()).await?,
        };
        Ok(sent.0.to_string())
    }
}
