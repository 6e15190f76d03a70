//! The delivery engine as `restock run` starts it: the relay and the scheduler in the
//! background of whatever front-end runs, stopped together on shutdown.

use std::collections::HashMap;
use std::sync::Arc;

use anyhow::Context;
use restock_core::household::Platform;
use restock_storage::Store;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use super::config::RelayConfig;
use super::{Deps, Relay, handlers};
use crate::clock::Clock;
use crate::i18n::I18n;
use crate::notify::Notifier;
use crate::scheduler::Scheduler;
use crate::sink::nats::{NatsSink, NatsTarget};

/// The running relay and scheduler.
pub struct Background {
    stop: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
}

/// Start the relay (sending through `notifiers`, one per platform) and the scheduler.
pub async fn start(
    config: &RelayConfig,
    store: &Store,
    i18n: Arc<I18n>,
    clock: Arc<dyn Clock>,
    notifiers: HashMap<Platform, Arc<dyn Notifier>>,
) -> anyhow::Result<Background> {
    let deps = Deps { store: store.clone(), clock: clock.clone(), i18n, notifiers };
    let mut relay = Relay::new(deps, handlers::standard(), config.options());
    if let Some(url) = &config.nats_url {
        let sink = NatsSink::connect(&NatsTarget::standard(url))
            .await
            .with_context(|| format!("NATS at {url}"))?;
        relay = relay.with_sink(Arc::new(sink));
    }
    let (stop, stopped) = watch::channel(false);
    let scheduler = Scheduler::new(store.clone(), clock);
    let sched_stop = stopped.clone();
    let tasks = vec![
        tokio::spawn(Arc::new(relay).run(stopped)),
        tokio::spawn(async move {
            if let Err(e) = scheduler.run(sched_stop).await {
                tracing::error!(error = %e, "the scheduler stopped");
            }
        }),
    ];
    Ok(Background { stop, tasks })
}

impl Background {
    /// Stop claiming, let in-flight rows finish (or release them after the grace period).
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        for t in self.tasks {
            let _ = t.await;
        }
    }
}

/// Resolves on SIGINT or SIGTERM.
pub async fn signalled() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            },
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
