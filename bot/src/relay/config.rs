//! The relay's and the broker's settings, part of the one [`crate::config::Config`].

use std::time::Duration;

use clap::Args;
use restock_storage::outbox::RetryPolicy;

use super::RelayOptions;

#[derive(Debug, Clone, Args)]
pub struct RelayConfig {
    /// Relay workers in this process (each claims and handles a batch at a time).
    #[arg(long, env = "RESTOCK_RELAY_WORKERS", default_value_t = 2, global = true)]
    pub relay_workers: usize,

    /// Outbox rows one worker claims at a time.
    #[arg(long, env = "RESTOCK_RELAY_BATCH", default_value_t = 64, global = true)]
    pub relay_batch: i64,

    /// Outbox rows of one household one claim takes at most; they are handled in order.
    #[arg(long, env = "RESTOCK_RELAY_RUN", default_value_t = 8, global = true)]
    pub relay_run: i64,

    /// Seconds a claim is held; a crashed worker's rows are retried after this.
    #[arg(long, env = "RESTOCK_RELAY_LEASE_SECS", default_value_t = 60, global = true)]
    pub relay_lease_secs: u64,

    /// Milliseconds between looks when nothing woke the relay (PostgreSQL wakes it at once).
    #[arg(long, env = "RESTOCK_RELAY_POLL_MS", default_value_t = 1000, global = true)]
    pub relay_poll_ms: u64,

    /// Delivery attempts before a row is dead-lettered.
    #[arg(long, env = "RESTOCK_RELAY_MAX_ATTEMPTS", default_value_t = 8, global = true)]
    pub relay_max_attempts: i32,

    /// NATS server; when set, every event is also published to JetStream
    /// (`restock.events.<type>`, stream RESTOCK_EVENTS).
    #[arg(long, env = "NATS_URL", global = true)]
    pub nats_url: Option<String>,
}

impl RelayConfig {
    pub fn options(&self) -> RelayOptions {
        RelayOptions {
            workers: self.relay_workers.max(1),
            batch: self.relay_batch.max(1),
            run: self.relay_run.max(1),
            lease: Duration::from_secs(self.relay_lease_secs.max(1)),
            poll: Duration::from_millis(self.relay_poll_ms.max(10)),
            retry: RetryPolicy {
                max_attempts: self.relay_max_attempts.max(1),
                ..RetryPolicy::default()
            },
            ..RelayOptions::default()
        }
    }
}
