//! NATS JetStream: every event on `restock.events.<type>`, with the event id as
//! `Nats-Msg-Id` so JetStream drops a redelivered row's second publish.

use std::time::Duration;

use async_nats::jetstream::{self, message::PublishMessage, stream};
use bytes::Bytes;
use restock_storage::outbox::Claimed;

use super::{EventSink, SinkError};

/// Where events go.
#[derive(Debug, Clone)]
pub struct NatsTarget {
    pub url: String,
    /// Created if missing.
    pub stream: String,
    /// Events go to `<prefix>.<type>`.
    pub subject_prefix: String,
}

impl NatsTarget {
    pub fn standard(url: &str) -> NatsTarget {
        NatsTarget {
            url: url.to_owned(),
            stream: "RESTOCK_EVENTS".into(),
            subject_prefix: "restock.events".into(),
        }
    }
}

pub struct NatsSink {
    js: jetstream::Context,
    prefix: String,
}

impl NatsSink {
    pub async fn connect(target: &NatsTarget) -> Result<NatsSink, SinkError> {
        let client = async_nats::connect(&target.url)
            .await
            .map_err(|e| SinkError::Connect(e.to_string()))?;
        let js = jetstream::new(client);
        let config = stream::Config {
            name: target.stream.clone(),
            subjects: vec![format!("{}.>", target.subject_prefix)],
            // Redeliveries come within a lease or a back-off; JetStream's default window
            // is two minutes, which is shorter than the longest back-off.
            duplicate_window: Duration::from_secs(24 * 3600),
            ..Default::default()
        };
        js.get_or_create_stream(config).await.map_err(|e| SinkError::Stream(e.to_string()))?;
        Ok(NatsSink { js, prefix: target.subject_prefix.clone() })
    }
}

#[async_trait::async_trait]
impl EventSink for NatsSink {
    async fn publish(&self, row: &Claimed) -> Result<(), SinkError> {
        let Some(event_id) = row.event_id else { return Ok(()) };
        let subject = format!("{}.{}", self.prefix, row.topic);
        let msg = PublishMessage::build()
            .payload(Bytes::from(row.payload.clone()))
            .message_id(event_id.to_string());
        let ack = self
            .js
            .send_publish(subject, msg)
            .await
            .map_err(|e| SinkError::Publish(e.to_string()))?;
        ack.await.map_err(|e| SinkError::Publish(e.to_string()))?;
        Ok(())
    }
}
