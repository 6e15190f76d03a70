//! How a relay process works: how many workers, how big a batch, how long a lease.

use std::time::Duration;

use restock_storage::outbox::RetryPolicy;

#[derive(Debug, Clone)]
pub struct RelayOptions {
    /// This process's name in `outbox.claimed_by` (each worker appends its number).
    pub name: String,
    /// Workers claiming concurrently in this process.
    pub workers: usize,
    /// Rows one claim takes. Rows of different households in a batch are handled
    /// concurrently; a batch holds at most one row per household.
    pub batch: i64,
    /// How long a claim is held. A worker that dies is replaced after this long.
    pub lease: Duration,
    /// How often an idle worker looks even when nobody woke it.
    pub poll: Duration,
    pub retry: RetryPolicy,
    /// On shutdown, how long in-flight rows may take before they are released.
    pub grace: Duration,
}

impl Default for RelayOptions {
    fn default() -> Self {
        RelayOptions {
            name: format!("relay-{}", std::process::id()),
            workers: 2,
            batch: 32,
            lease: Duration::from_secs(60),
            poll: Duration::from_secs(1),
            retry: RetryPolicy::default(),
            grace: Duration::from_secs(10),
        }
    }
}

impl RelayOptions {
    /// A handler gets at most this long, so that it finishes well inside its lease.
    pub fn handler_timeout(&self) -> Duration {
        self.lease / 2
    }
}
