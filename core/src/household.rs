//! Households, the chats linked to them, and the people in them.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A household: the unit of stock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct HouseholdId(pub i64);

impl fmt::Display for HouseholdId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Where a message came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Platform {
    Console,
    Telegram,
    Discord,
    Http,
}

impl Platform {
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Console => "console",
            Platform::Telegram => "telegram",
            Platform::Discord => "discord",
            Platform::Http => "http",
        }
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown platform {0:?}")]
pub struct UnknownPlatform(pub String);

impl FromStr for Platform {
    type Err = UnknownPlatform;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "console" => Ok(Platform::Console),
            "telegram" => Ok(Platform::Telegram),
            "discord" => Ok(Platform::Discord),
            "http" => Ok(Platform::Http),
            other => Err(UnknownPlatform(other.to_owned())),
        }
    }
}

/// A chat on a platform: a Telegram group or private chat, a Discord channel, the terminal.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ChatRef {
    pub platform: Platform,
    pub chat_id: String,
}

/// A person writing in a chat.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UserRef {
    pub platform: Platform,
    pub user_id: String,
    pub display_name: String,
}

/// An IANA time zone name that chrono-tz knows is checked at the edge (the bot); the core
/// only carries it.
pub const DEFAULT_TIME_ZONE: &str = "UTC";
