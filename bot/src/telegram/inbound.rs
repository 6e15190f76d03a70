//! Telegram messages as the app's [`Inbound`]: who wrote, where, and what.

use restock_core::household::{ChatRef, Platform, UserRef};
use teloxide::types::{Me, Message, User};

use crate::app::Inbound;

/// Who a message is from, as far as stock is concerned.
#[derive(Debug)]
pub enum Sender<'a> {
    /// A person writing themselves: may be a member.
    Person(&'a User),
    /// A forwarded message: someone else's words, never a change.
    Forwarded,
    /// A bot, a channel, an anonymous admin: not a member.
    NotAPerson,
}

pub fn sender(msg: &Message) -> Sender<'_> {
    if msg.forward_origin().is_some() || msg.is_automatic_forward() {
        return Sender::Forwarded;
    }
    match &msg.from {
        Some(user) if !user.is_bot && msg.sender_chat.is_none() && msg.via_bot.is_none() => {
            Sender::Person(user)
        }
        _ => Sender::NotAPerson,
    }
}

pub fn user_ref(user: &User) -> UserRef {
    let display_name = match user.username.as_deref() {
        Some(u) if user.first_name.trim().is_empty() => format!("@{u}"),
        _ => user.full_name(),
    };
    UserRef { platform: Platform::Telegram, user_id: user.id.0.to_string(), display_name }
}

/// The message as the app sees it, with `text` in place of the message's own (a command's
/// arguments). The source id is chat and message id: a redelivered update repeats both.
pub fn inbound(msg: &Message, user: &User, text: String) -> Inbound {
    Inbound {
        chat: ChatRef { platform: Platform::Telegram, chat_id: msg.chat.id.0.to_string() },
        user: user_ref(user),
        text,
        source_id: Some(format!("{}:{}", msg.chat.id.0, msg.id.0)),
        locale: user.language_code.clone(),
    }
}

/// A group message may address the bot ("@restock_bot used 2 eggs"); the mention is not
/// part of what was said.
pub fn without_mention(text: &str, me: &Me) -> String {
    let Some(name) = me.user.username.as_deref() else { return text.to_owned() };
    let mention = format!("@{name}");
    let trimmed = text.trim();
    let rest = if trimmed.len() >= mention.len()
        && trimmed.is_char_boundary(mention.len())
        && trimmed[..mention.len()].eq_ignore_ascii_case(&mention)
    {
        &trimmed[mention.len()..]
    } else {
        trimmed
    };
    rest.trim_start_matches([',', ':']).trim().to_owned()
}
