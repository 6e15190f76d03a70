//! Webhook intake: Telegram POSTs updates to our HTTP server, which checks the secret header
//! and hands them to the dispatcher through a channel.

use std::convert::Infallible;
use std::sync::Arc;

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use futures::Stream;
use teloxide::stop::{StopFlag, StopToken, mk_stop_token};
use teloxide::types::Update;
use teloxide::update_listeners::{StatefulListener, UpdateListener};
use tokio::sync::mpsc;

pub const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

#[derive(Clone)]
struct Intake {
    tx: mpsc::UnboundedSender<Update>,
    secret: Arc<str>,
}

type ListenerState = (mpsc::UnboundedReceiver<Update>, StopToken, StopFlag);

/// The dispatcher's listener and the route (at `path`) that feeds it.
pub fn webhook(
    path: &str,
    secret: &str,
) -> (impl UpdateListener<Err = Infallible> + Send + use<>, Router) {
    let (tx, rx) = mpsc::unbounded_channel();
    let (token, flag) = mk_stop_token();
    let router = Router::new()
        .route(path, post(receive))
        .with_state(Intake { tx, secret: Arc::from(secret) });
    let listener =
        StatefulListener::new((rx, token, flag), updates, |s: &mut ListenerState| s.1.clone());
    (listener, router)
}

fn updates(
    state: &mut ListenerState,
) -> impl Stream<Item = Result<Update, Infallible>> + Send + '_ {
    futures::stream::unfold(state, |state| async move {
        let flag = state.2.clone();
        let update = tokio::select! {
            _ = flag => None,
            u = state.0.recv() => u,
        }?;
        Some((Ok(update), state))
    })
}

/// Equal-time comparison, so the secret cannot be guessed byte by byte from response times.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn receive(State(intake): State<Intake>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let given = headers.get(SECRET_HEADER).map(|v| v.as_bytes()).unwrap_or_default();
    if !same(given, intake.secret.as_bytes()) {
        return StatusCode::UNAUTHORIZED;
    }
    match serde_json::from_slice::<Update>(&body) {
        Ok(update) => {
            if intake.tx.send(update).is_err() {
                // Stopping: Telegram delivers it again later, to us or another replica.
                return StatusCode::SERVICE_UNAVAILABLE;
            }
        }
        // Telegram would resend a refused update forever; log it and move on.
        Err(e) => tracing::error!(error = %e, "unreadable update from the webhook"),
    }
    StatusCode::OK
}

#[cfg(test)]
mod tests {
    use super::same;

    #[test]
    fn secrets_compare_exactly() {
        assert!(same(b"abc", b"abc"));
        assert!(!same(b"abc", b"abd"));
        assert!(!same(b"abc", b"abcd"));
        assert!(!same(b"", b"abc"));
    }
}
