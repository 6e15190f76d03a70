//! Handlers by topic. A handler must be idempotent: the relay delivers at least once.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use restock_core::household::Platform;
use restock_storage::StoreError;
use restock_storage::outbox::Claimed;

use crate::clock::Clock;
use crate::i18n::I18n;
use crate::notify::{Notifier, SendError};
use restock_storage::Store;

/// What a handler needs from the outside world.
#[derive(Clone)]
pub struct Deps {
    pub store: Store,
    pub clock: Arc<dyn Clock>,
    pub i18n: Arc<I18n>,
    /// One sender per platform.
    pub notifiers: HashMap<Platform, Arc<dyn Notifier>>,
}

/// Why a row was not handled, and what to do about it.
#[derive(Debug, thiserror::Error)]
pub enum HandleError {
    /// Try again after the standard back-off.
    #[error("{0}")]
    Transient(String),
    /// Try again, not before this long (a platform's `retry_after`).
    #[error("retry after {0:?}: {1}")]
    RetryAfter(Duration, String),
    /// Retrying cannot help: dead-letter the row now.
    #[error("{0}")]
    Permanent(String),
}

impl From<StoreError> for HandleError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Corrupt(_) => HandleError::Permanent(e.to_string()),
            other => HandleError::Transient(other.to_string()),
        }
    }
}

impl From<SendError> for HandleError {
    fn from(e: SendError) -> Self {
        match e {
            SendError::RetryAfter(d) => {
                HandleError::RetryAfter(d, "rate limited by the platform".into())
            }
            SendError::Transient(m) => HandleError::Transient(m),
            SendError::Permanent(m) => HandleError::Permanent(m),
        }
    }
}

/// Handles the rows of one topic.
#[async_trait::async_trait]
pub trait Handler: Send + Sync {
    async fn handle(&self, deps: &Deps, row: &Claimed) -> Result<(), HandleError>;
}

/// For events that need nothing sent: the row just completes (the sink, if any, still
/// publishes it).
pub struct Nothing;

#[async_trait::async_trait]
impl Handler for Nothing {
    async fn handle(&self, _: &Deps, _: &Claimed) -> Result<(), HandleError> {
        Ok(())
    }
}

/// Topic → handler.
#[derive(Clone, Default)]
pub struct Registry {
    handlers: HashMap<String, Arc<dyn Handler>>,
}

impl Registry {
    pub fn new() -> Registry {
        Registry::default()
    }

    pub fn on(mut self, topic: &str, handler: impl Handler + 'static) -> Registry {
        self.handlers.insert(topic.to_owned(), Arc::new(handler));
        self
    }

    pub fn get(&self, topic: &str) -> Option<&Arc<dyn Handler>> {
        self.handlers.get(topic)
    }
}
