//! The Telegram front-end (teloxide): long polling or a webhook in, one rate-limited sender
//! out. Handlers only translate between Telegram and the app.

mod commands;
pub mod config;
mod handlers;
mod inbound;
mod keyboard;
mod limits;
mod notifier;
mod retry;
mod sender;
mod webhook;

use std::time::Duration;

use anyhow::Context;
use teloxide::dispatching::{Dispatcher, ShutdownToken};
use teloxide::error_handlers::LoggingErrorHandler;
use teloxide::prelude::*;
use teloxide::stop::StopToken;
use teloxide::types::AllowedUpdate;
use teloxide::update_listeners::{Polling, UpdateListener};

pub use commands::Command;
pub use limits::Limits;
pub use notifier::TelegramNotifier;
pub use sender::{Job, TelegramSender};
pub use webhook::{SECRET_HEADER, webhook};

use crate::app::App;

/// How the front-end runs.
#[derive(Debug, Clone)]
pub struct Options {
    pub limits: Limits,
    /// How long one `getUpdates` waits for news.
    pub poll_timeout: Duration,
    /// Register the commands with `setMyCommands` at start.
    pub register_commands: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            limits: Limits::telegram(),
            poll_timeout: Duration::from_secs(10),
            register_commands: true,
        }
    }
}

/// A running front-end.
pub struct Telegram {
    sender: TelegramSender,
    shutdown: ShutdownToken,
    /// Ends the listener's stream directly: teloxide's shutdown can miss its wake-up when it
    /// arrives while an update is being handed to a worker, and then polls on forever.
    stop_listening: StopToken,
    task: tokio::task::JoinHandle<()>,
    /// The webhook's HTTP server, when updates come that way.
    http: Option<(tokio::sync::oneshot::Sender<()>, tokio::task::JoinHandle<std::io::Result<()>>)>,
}

/// Start with long polling.
pub async fn start_polling(app: App, bot: Bot, options: Options) -> anyhow::Result<Telegram> {
    let listener = Polling::builder(bot.clone())
        .timeout(options.poll_timeout)
        .allowed_updates(vec![AllowedUpdate::Message, AllowedUpdate::CallbackQuery])
        .delete_webhook()
        .await
        .build();
    start(app, bot, options, listener).await
}

/// Start on any listener (a webhook's, or polling).
pub async fn start<L>(
    app: App,
    bot: Bot,
    options: Options,
    mut listener: L,
) -> anyhow::Result<Telegram>
where
    L: UpdateListener + Send + 'static,
    L::Err: std::fmt::Debug + Send + 'static,
{
    let me = bot.get_me().await.context("asking Telegram who this bot is (getMe)")?;
    tracing::info!(username = me.username(), "Telegram bot connected");
    if options.register_commands
        && let Err(e) = commands::register(&bot, &app.i18n).await
    {
        tracing::warn!(error = %e, "could not register the bot's commands");
    }
    let sender = TelegramSender::new(bot.clone(), options.limits);
    let mut dispatcher = Dispatcher::builder(bot, handlers::schema())
        .dependencies(dptree::deps![app, sender.clone()])
        .default_handler(|_| async {})
        .error_handler(LoggingErrorHandler::with_custom_text("a Telegram handler failed"))
        .build();
    let shutdown = dispatcher.shutdown_token();
    let stop_listening = listener.stop_token();
    let task = tokio::spawn(async move {
        let on_error = LoggingErrorHandler::with_custom_text("receiving Telegram updates failed");
        if let Err(e) = dispatcher.try_dispatch_with_listener(listener, on_error).await {
            tracing::error!(error = %e, "the Telegram dispatcher stopped");
        }
    });
    Ok(Telegram { sender, shutdown, stop_listening, task, http: None })
}

impl Telegram {
    /// The relay's way to send to Telegram chats, through the same limits.
    pub fn notifier(&self) -> TelegramNotifier {
        TelegramNotifier::new(self.sender.clone())
    }

    pub fn sender(&self) -> &TelegramSender {
        &self.sender
    }

    /// Stop taking updates, finish the ones in hand, and deliver what is queued (up to
    /// `flush` long).
    pub async fn stop(self, flush: Duration) {
        // Marks the dispatcher as shutting down (so it logs and reports it), then ends the
        // update stream ourselves, which is what actually stops it.
        let _ = self.shutdown.shutdown();
        self.stop_listening.stop();
        let _ = self.task.await;
        if let Some((stop, server)) = self.http {
            let _ = stop.send(());
            let _ = server.await;
        }
        if !self.sender.flush(flush).await {
            tracing::warn!("stopped with Telegram messages still queued");
        }
    }
}

/// Start Telegram from the configuration: long polling, or a webhook served by our HTTP
/// server on `RESTOCK_HTTP_ADDR`.
pub async fn launch(app: App, cfg: &crate::config::Config) -> anyhow::Result<Telegram> {
    let token = cfg.telegram_token.as_ref().context("TELOXIDE_TOKEN is not set")?;
    let mut bot = Bot::new(token.expose());
    if let Some(url) = &cfg.telegram_api_url {
        bot = bot.set_api_url(url.parse().context("TELOXIDE_API_URL is not a URL")?);
    }
    match config::intake(cfg)? {
        config::Intake::Polling => start_polling(app, bot, Options::default()).await,
        config::Intake::Webhook { url, secret } => {
            let (listener, route) = webhook(url.path(), &secret);
            let router = crate::http::router().merge(route);
            let (stop_http, stopped) = tokio::sync::oneshot::channel::<()>();
            let (addr, server) = crate::http::serve(cfg.http_addr, router, async move {
                let _ = stopped.await;
            })
            .await
            .with_context(|| format!("listening on {}", cfg.http_addr))?;
            tracing::info!(%addr, "HTTP server listening for the Telegram webhook");
            bot.set_webhook(url.clone())
                .secret_token(secret)
                .allowed_updates(vec![AllowedUpdate::Message, AllowedUpdate::CallbackQuery])
                .await
                .context("registering the webhook with Telegram (setWebhook)")?;
            let mut telegram = start(app, bot, Options::default(), listener).await?;
            telegram.http = Some((stop_http, server));
            Ok(telegram)
        }
    }
}
