//! `restock bench …`: measurements printed as one JSON line, each against a baseline
//! measured in the same run.

pub mod outbox;

use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Relay throughput and latency against the PostgreSQL at DATABASE_URL (in a scratch
    /// database), with the bare claim-and-mark SQL as the ceiling.
    Outbox {
        /// Rows to drain.
        #[arg(long, default_value_t = 20_000)]
        events: usize,
        /// Relay workers (and bare loops for the ceiling).
        #[arg(long, default_value_t = 4)]
        workers: usize,
        /// Rows per claim.
        #[arg(long, default_value_t = 64)]
        batch: i64,
        /// Households the rows are spread over.
        #[arg(long, default_value_t = 256)]
        households: i64,
        /// Offered load of the latency phase (rows per second).
        #[arg(long, default_value_t = 200)]
        rate: u32,
        /// Length of the latency phase.
        #[arg(long, default_value_t = 5)]
        seconds: u64,
    },
}
