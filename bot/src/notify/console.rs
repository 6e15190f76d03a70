//! The terminal's notifier: prints to stdout.

use std::sync::atomic::{AtomicU64, Ordering};

use restock_core::household::ChatRef;
use tokio::io::AsyncWriteExt;

use super::{Notifier, Outgoing, SendError};

#[derive(Debug, Default)]
pub struct ConsoleNotifier {
    sent: AtomicU64,
}

#[async_trait::async_trait]
impl Notifier for ConsoleNotifier {
    async fn send(&self, _chat: &ChatRef, msg: &Outgoing) -> Result<String, SendError> {
        let mut text = msg.text.clone();
        for row in &msg.buttons {
            let labels: Vec<_> = row.iter().map(|b| format!("[{}]", b.label)).collect();
            text.push('\n');
            text.push_str(&labels.join(" "));
        }
        text.push('\n');
        let mut out = tokio::io::stdout();
        out.write_all(text.as_bytes()).await.map_err(|e| SendError::Transient(e.to_string()))?;
        out.flush().await.map_err(|e| SendError::Transient(e.to_string()))?;
        Ok(self.sent.fetch_add(1, Ordering::Relaxed).to_string())
    }
}
