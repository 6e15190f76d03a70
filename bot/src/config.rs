//! Configuration: one struct, from flags and environment variables, checked at start.

use std::fmt;

use clap::{Parser, Subcommand};

/// A secret that never prints.
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(***)")
    }
}

impl std::str::FromStr for Secret {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(Secret(s.to_owned()))
    }
}

/// Restock keeps a household's groceries in stock from its Telegram group or a terminal.
/// With no platform token it runs a chat in this terminal.
#[derive(Debug, Parser)]
#[command(name = "restock", version, about, long_about = None)]
pub struct Config {
    /// Where data lives: postgres://… or sqlite://… (the SQLite file is created if missing).
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://restock.db", global = true)]
    pub database_url: String,

    /// Telegram bot token (from @BotFather); starts the Telegram front-end.
    #[arg(long, env = "TELOXIDE_TOKEN", hide_env_values = true, global = true)]
    pub telegram_token: Option<Secret>,

    /// Another Telegram Bot API server (self-hosted, or a fake in tests).
    #[arg(long, env = "TELOXIDE_API_URL", global = true)]
    pub telegram_api_url: Option<String>,

    /// Discord bot token, for the Discord front-end (not in this release yet).
    #[arg(long, env = "DISCORD_TOKEN", hide_env_values = true, global = true)]
    pub discord_token: Option<Secret>,

    /// Language of new households until they choose one (en-US, de-DE, es-ES, fr-FR, ru-RU).
    #[arg(long, env = "RESTOCK_LOCALE", default_value = "en-US", global = true)]
    pub locale: String,

    /// IANA time zone of new households until they choose one.
    #[arg(long, env = "RESTOCK_TIME_ZONE", default_value = "UTC", global = true)]
    pub time_zone: String,

    /// Database connections per process.
    #[arg(long, env = "RESTOCK_DB_CONNECTIONS", default_value_t = 10, global = true)]
    pub db_connections: u32,

    /// Public HTTPS URL Telegram posts updates to (webhook mode, for several replicas behind
    /// a load balancer); without it Telegram is long-polled.
    #[arg(long, env = "RESTOCK_TELEGRAM_WEBHOOK_URL", global = true)]
    pub telegram_webhook_url: Option<String>,

    /// Secret Telegram sends in X-Telegram-Bot-Api-Secret-Token with every webhook update
    /// (1–256 characters of A–Z, a–z, 0–9, _ and -); required with the webhook URL.
    #[arg(long, env = "RESTOCK_TELEGRAM_WEBHOOK_SECRET", hide_env_values = true, global = true)]
    pub telegram_webhook_secret: Option<Secret>,

    /// Address the HTTP server (health checks, Telegram webhook) listens on.
    #[arg(long, env = "RESTOCK_HTTP_ADDR", default_value = "0.0.0.0:8080", global = true)]
    pub http_addr: std::net::SocketAddr,

    /// The outbox relay and the optional event broker.
    #[command(flatten)]
    pub relay: crate::relay::config::RelayConfig,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the assistant (the default): Telegram when its token is set, else a chat in this
    /// terminal.
    Run,
    /// Apply database migrations and exit.
    Migrate,
    /// Parse messages from stdin, one per line, and print one JSON object per line.
    Parse {
        /// Language of the messages (en, de, es, fr, ru); default: RESTOCK_LOCALE.
        #[arg(long)]
        lang: Option<String>,
    },
    /// Inspect the outbox (the delivery queue).
    Outbox {
        #[command(subcommand)]
        action: OutboxAction,
    },
    /// Measure and print one JSON line (against a baseline measured in the same run).
    Bench {
        #[command(subcommand)]
        what: crate::bench::BenchCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum OutboxAction {
    /// Counts of pending, in-flight, dead-lettered and processed rows, and the dead letters.
    Status,
    /// Put a dead-lettered row back in the queue.
    Retry { id: i64 },
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("RESTOCK_TIME_ZONE {0:?} is not an IANA time zone (e.g. Europe/Berlin)")]
    TimeZone(String),
    #[error("RESTOCK_LOCALE {0:?} is not supported; use one of: {1}")]
    Locale(String, String),
    #[error("DATABASE_URL must start with postgres:// or sqlite:, got {0:?}")]
    DatabaseUrl(String),
    #[error("RESTOCK_TELEGRAM_WEBHOOK_URL {0:?} is not an http(s) URL")]
    WebhookUrl(String),
    #[error(
        "RESTOCK_TELEGRAM_WEBHOOK_SECRET must be set with the webhook URL: 1-256 characters of \
         A-Z, a-z, 0-9, _ and -"
    )]
    WebhookSecret,
}

impl Config {
    /// Check what can be checked before touching the network.
    pub fn validate(&self) -> Result<(), ConfigError> {
        if self.time_zone.parse::<chrono_tz::Tz>().is_err() {
            return Err(ConfigError::TimeZone(self.time_zone.clone()));
        }
        if crate::i18n::I18n::supported(&self.locale).is_none() {
            let all = crate::i18n::I18n::locales().collect::<Vec<_>>().join(", ");
            return Err(ConfigError::Locale(self.locale.clone(), all));
        }
        let url = &self.database_url;
        if !(url.starts_with("postgres://")
            || url.starts_with("postgresql://")
            || url.starts_with("sqlite:"))
        {
            return Err(ConfigError::DatabaseUrl(url.clone()));
        }
        crate::telegram::config::validate(self)?;
        Ok(())
    }
}
