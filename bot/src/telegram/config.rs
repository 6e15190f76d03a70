//! The Telegram settings of [`Config`], checked at start.

use reqwest::Url;

use crate::config::{Config, ConfigError};

/// How updates arrive.
#[derive(Debug, Clone)]
pub enum Intake {
    /// Long polling (`getUpdates`): one process, no public address needed.
    Polling,
    /// Telegram POSTs to `url`; our HTTP server checks `secret` on every update.
    Webhook { url: Url, secret: String },
}

pub fn validate(config: &Config) -> Result<(), ConfigError> {
    intake(config).map(|_| ())
}

pub fn intake(config: &Config) -> Result<Intake, ConfigError> {
    let Some(raw) = &config.telegram_webhook_url else { return Ok(Intake::Polling) };
    let url = Url::parse(raw)
        .ok()
        .filter(|u| matches!(u.scheme(), "https" | "http") && u.host().is_some())
        .ok_or_else(|| ConfigError::WebhookUrl(raw.clone()))?;
    let secret = config.telegram_webhook_secret.as_ref().map(|s| s.expose().to_owned());
    let valid = |s: &String| {
        (1..=256).contains(&s.len())
            && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    };
    match secret {
        Some(secret) if valid(&secret) => Ok(Intake::Webhook { url, secret }),
        _ => Err(ConfigError::WebhookSecret),
    }
}
