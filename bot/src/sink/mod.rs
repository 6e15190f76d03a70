//! Publishing every event to an external broker, so other services can consume a
//! household's event stream. The relay calls the sink after a row's handler succeeded; a
//! failed publish retries the row (its handler, being idempotent, sends nothing twice).

pub mod nats;

use restock_storage::outbox::Claimed;

#[derive(Debug, thiserror::Error)]
pub enum SinkError {
    #[error("cannot reach the broker: {0}")]
    Connect(String),
    #[error("cannot set up the stream: {0}")]
    Stream(String),
    #[error("publish failed: {0}")]
    Publish(String),
}

#[async_trait::async_trait]
pub trait EventSink: Send + Sync {
    /// Publish the event an outbox row carries. Publishing the same row twice must be safe.
    async fn publish(&self, row: &Claimed) -> Result<(), SinkError>;
}
