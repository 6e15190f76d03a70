//! The project's HTTP server: health checks, and the Telegram webhook when it is on.

use std::future::Future;
use std::net::SocketAddr;

use axum::Router;
use axum::routing::get;

/// The routes every replica serves, to which front-ends merge their own.
pub fn router() -> Router {
    Router::new().route("/healthz", get(|| async { "ok" }))
}

/// Serve `router` on `addr` until `shutdown` resolves. Returns the bound address (useful with
/// port 0) and the server's task.
pub async fn serve(
    addr: SocketAddr,
    router: Router,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<(SocketAddr, tokio::task::JoinHandle<std::io::Result<()>>)> {
    let listener = tokio::net::TcpListener::bind(addr).await?;
    let bound = listener.local_addr()?;
    let task = tokio::spawn(async move {
        axum::serve(listener, router).with_graceful_shutdown(shutdown).await
    });
    Ok((bound, task))
}
