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
    /// concurrently, the rows of one household one after another.
    pub batch: i64,
    /// Rows of one household a claim takes at most: fewer keeps more households in a batch
    /// (more sends at once), more keeps a busy household's backlog with one worker.
    pub run: i64,
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
            batch: 64,
            run: 8,
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

    /// How long after its claim a worker may still start a row of a run: one started then and
    /// taking its whole handler timeout still leaves a quarter of the lease for settling.
    pub fn start_window(&self) -> Duration {
        self.lease.saturating_sub(self.handler_timeout() + self.lease / 4)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_starts_rows_only_in_the_first_quarter_of_the_lease() {
        let opts = RelayOptions { lease: Duration::from_secs(60), ..RelayOptions::default() };
        assert_eq!(opts.handler_timeout(), Duration::from_secs(30));
        assert_eq!(opts.start_window(), Duration::from_secs(15));
    }
}
