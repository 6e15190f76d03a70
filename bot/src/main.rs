use std::collections::HashMap;
use std::io::IsTerminal;
use std::sync::Arc;

use anyhow::Context;
use clap::Parser;
use restock_bot::app::{App, Defaults};
use restock_bot::bench::BenchCommand;
use restock_bot::bench::outbox::BenchOptions;
use restock_bot::clock::SystemClock;
use restock_bot::config::{Command, Config, OutboxAction};
use restock_bot::i18n::I18n;
use restock_bot::notify::Notifier;
use restock_bot::notify::console::ConsoleNotifier;
use restock_bot::relay::service;
use restock_bot::{console, parse_cmd};
use restock_core::household::Platform;
use restock_core::parse::Lang;
use restock_storage::Store;
use restock_storage::connect::PoolSize;
use restock_storage::outbox;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let config = Config::parse();
    let quiet = config.telegram_token.is_none() && config.discord_token.is_none();
    tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| (if quiet { "warn" } else { "info" }).into()),
        )
        .init();
    config.validate()?;

    match &config.command {
        Some(Command::Parse { lang }) => {
            let tag = lang.as_deref().unwrap_or(&config.locale);
            let lang =
                Lang::from_tag(tag).with_context(|| format!("unsupported language {tag:?}"))?;
            parse_cmd::run(lang, std::io::stdin().lock(), std::io::stdout().lock())?;
            Ok(())
        }
        Some(Command::Migrate) => {
            let store = open(&config).await?;
            store.migrate().await.context("migrating the database")?;
            eprintln!("migrations applied");
            Ok(())
        }
        Some(Command::Outbox { action }) => {
            let store = open(&config).await?;
            store.migrate().await.context("migrating the database")?;
            outbox_command(&store, action).await
        }
        Some(Command::Bench { what }) => bench(&config, what).await,
        None | Some(Command::Run) => run(&config).await,
    }
}

async fn open(config: &Config) -> anyhow::Result<Store> {
    let size = PoolSize { max_connections: config.db_connections, ..PoolSize::default() };
    Store::connect_with(&config.database_url, size)
        .await
        .with_context(|| format!("connecting to {}", redact(&config.database_url)))
}

/// A database URL without its password, for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

async fn run(config: &Config) -> anyhow::Result<()> {
    let store = open(config).await?;
    store.migrate().await.context("migrating the database")?;
    let i18n = Arc::new(I18n::load().map_err(anyhow::Error::msg)?);
    let defaults = Defaults {
        locale: I18n::supported(&config.locale).unwrap_or(restock_bot::i18n::FALLBACK),
        time_zone: config.time_zone.clone(),
    };
    let app = App::new(store.clone(), i18n.clone(), Arc::new(SystemClock), defaults);
    if config.discord_token.is_some() && config.telegram_token.is_none() {
        anyhow::bail!("this build has no Discord front-end yet; unset DISCORD_TOKEN to chat here");
    }
    let telegram = match &config.telegram_token {
        Some(_) => Some(restock_bot::telegram::launch(app.clone(), config).await?),
        None => None,
    };
    let mut notifiers: HashMap<Platform, Arc<dyn Notifier>> = HashMap::new();
    notifiers.insert(Platform::Console, Arc::new(ConsoleNotifier::default()));
    if let Some(telegram) = &telegram {
        notifiers.insert(Platform::Telegram, Arc::new(telegram.notifier()));
    }
    let background =
        service::start(&config.relay, &store, i18n, Arc::new(SystemClock), notifiers).await?;
    let result = match telegram {
        Some(telegram) => {
            service::signalled().await;
            telegram.stop(std::time::Duration::from_secs(30)).await;
            Ok(())
        }
        None => tokio::select! {
            r = console::run(&app) => r,
            () = service::signalled() => Ok(()),
        },
    };
    background.stop().await;
    store.close().await;
    result
}

async fn bench(config: &Config, what: &BenchCommand) -> anyhow::Result<()> {
    let BenchCommand::Outbox { events, workers, batch, households, rate, seconds } = what;
    let opts = BenchOptions {
        events: *events,
        workers: *workers,
        batch: *batch,
        households: *households,
        rate: *rate,
        seconds: *seconds,
    };
    let report = restock_bot::bench::outbox::run(&config.database_url, &opts)
        .await
        .with_context(|| format!("benchmarking against {}", redact(&config.database_url)))?;
    println!("{}", serde_json::to_string(&report)?);
    Ok(())
}

async fn outbox_command(store: &Store, action: &OutboxAction) -> anyhow::Result<()> {
    let now = chrono::Utc::now().timestamp_millis();
    match action {
        OutboxAction::Status => {
            let st = outbox::status(store, now).await?;
            let oldest = st.oldest_pending.map(|t| format!("{} s", (now - t) / 1000));
            println!(
                "pending {}  in flight {}  dead {}  processed {}  oldest undelivered {}",
                st.pending,
                st.in_flight,
                st.dead,
                st.processed,
                oldest.as_deref().unwrap_or("-")
            );
            for d in outbox::dead_letters(store, 50).await? {
                println!(
                    "dead #{} {} household {} after {} attempts: {}",
                    d.id,
                    d.topic,
                    d.household_id.map_or("-".into(), |h| h.to_string()),
                    d.attempts,
                    d.last_error.unwrap_or_default()
                );
            }
        }
        OutboxAction::Retry { id } => {
            if outbox::requeue_dead(store, *id, now).await? {
                println!("row {id} is queued again");
            } else {
                anyhow::bail!("row {id} is not dead-lettered");
            }
        }
    }
    Ok(())
}
