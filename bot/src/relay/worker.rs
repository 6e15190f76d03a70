//! The long-running relay: K workers per process, woken by LISTEN/NOTIFY on PostgreSQL
//! (with a fallback poll) or polling on SQLite, stopping cleanly on shutdown.

use std::sync::Arc;
use std::time::Duration;

use restock_storage::Store;
use restock_storage::outbox::{self, Wake, Wakeups};
use tokio::sync::{Notify, watch};
use tokio::task::JoinSet;

use super::{Relay, StepOutcome};

impl Relay {
    /// Run until `shutdown` turns true; in-flight rows finish or are released.
    pub async fn run(self: Arc<Self>, shutdown: watch::Receiver<bool>) {
        let wake = Arc::new(Notify::new());
        let listener =
            tokio::spawn(listen(self.deps.store.clone(), wake.clone(), shutdown.clone()));
        let mut workers = JoinSet::new();
        for i in 0..self.opts.workers.max(1) {
            let name = format!("{}-w{i}", self.opts.name);
            workers.spawn(work(self.clone(), name, wake.clone(), shutdown.clone()));
        }
        while workers.join_next().await.is_some() {}
        listener.abort();
        tracing::info!(relay = %self.opts.name, "relay stopped");
    }

    /// How long an idle worker waits before looking again (unless woken).
    async fn idle_wait(&self) -> Duration {
        let poll = self.opts.poll;
        match outbox::next_due(&self.deps.store).await {
            Ok(Some(due)) => {
                let ms = (due - self.deps.clock.now_ms()).clamp(5, poll.as_millis() as i64);
                Duration::from_millis(ms as u64)
            }
            _ => poll,
        }
    }
}

async fn work(
    relay: Arc<Relay>,
    name: String,
    wake: Arc<Notify>,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut failures = 0u32;
    while !*shutdown.borrow() {
        let wait = match relay.step_until(&name, Some(shutdown.clone())).await {
            Ok(StepOutcome::Worked(tally)) => {
                failures = 0;
                // A full batch means more is waiting: bring in another worker.
                if tally.rows() >= relay.opts.batch as usize {
                    wake.notify_one();
                }
                continue;
            }
            Ok(StepOutcome::Idle) => {
                failures = 0;
                relay.idle_wait().await
            }
            Err(e) => {
                failures += 1;
                tracing::warn!(worker = %name, error = %e, "relay step failed; backing off");
                Duration::from_millis(100 << failures.min(6))
            }
        };
        tokio::select! {
            () = wake.notified() => {}
            () = tokio::time::sleep(wait) => {}
            _ = shutdown.changed() => {}
        }
    }
}

/// Forward LISTEN notifications to the workers; reconnect when the connection drops.
async fn listen(store: Store, wake: Arc<Notify>, mut shutdown: watch::Receiver<bool>) {
    loop {
        let mut wakeups = match Wakeups::connect(&store).await {
            Ok(Some(w)) => w,
            Ok(None) => return,
            Err(e) => {
                tracing::warn!(error = %e, "LISTEN failed; workers poll until it is back");
                tokio::select! {
                    () = tokio::time::sleep(Duration::from_secs(1)) => continue,
                    _ = shutdown.changed() => return,
                }
            }
        };
        wake.notify_waiters();
        loop {
            tokio::select! {
                got = wakeups.next() => match got {
                    Ok(Wake::Enqueued) => wake.notify_one(),
                    Ok(Wake::Reconnected) => wake.notify_waiters(),
                    Err(e) => {
                        tracing::warn!(error = %e, "LISTEN connection lost");
                        break;
                    }
                },
                _ = shutdown.changed() => return,
            }
        }
    }
}
