//! The Telegram front-end, running for real against [`FakeTelegram`] over a fresh database.

use std::sync::Arc;
use std::time::Duration;

use restock_bot::app::{App, Defaults};
use restock_bot::clock::SystemClock;
use restock_bot::i18n::I18n;
use restock_bot::telegram::{self, Limits, Options, Telegram};
use restock_storage::Store;
use restock_storage::testing::{FreshPostgres, FreshSqlite, fresh_postgres, fresh_sqlite};
use teloxide::Bot;

use crate::fake_telegram::{FakeTelegram, TOKEN};

/// The database a harness runs on; kept alive as long as the harness.
pub enum Db {
    Postgres(FreshPostgres),
    Sqlite(FreshSqlite),
}

pub struct TelegramHarness {
    pub fake: FakeTelegram,
    pub db: Db,
    pub app: App,
    pub limits: Limits,
    running: Option<Telegram>,
}

impl TelegramHarness {
    /// A fake Bot API and a fresh PostgreSQL database; the bot is not started yet.
    pub async fn postgres() -> TelegramHarness {
        TelegramHarness::on(Db::Postgres(fresh_postgres().await)).await
    }

    pub async fn sqlite() -> TelegramHarness {
        TelegramHarness::on(Db::Sqlite(fresh_sqlite().await)).await
    }

    async fn on(db: Db) -> TelegramHarness {
        let store = match &db {
            Db::Postgres(p) => p.store.clone(),
            Db::Sqlite(s) => s.store.clone(),
        };
        let app = App::new(
            store,
            Arc::new(I18n::load().expect("locales load")),
            Arc::new(SystemClock),
            Defaults { locale: "en-US", time_zone: "UTC".into() },
        );
        // Fast enough for tests, slow enough that the fake can tell bursts from a trickle.
        let limits = Limits::uniform(50);
        TelegramHarness { fake: FakeTelegram::start().await, db, app, limits, running: None }
    }

    pub fn store(&self) -> &Store {
        &self.app.store
    }

    /// Start the dispatcher (long polling against the fake).
    pub async fn start(&mut self) {
        let bot = self.bot();
        let options = Options {
            limits: self.limits,
            poll_timeout: Duration::from_secs(5),
            register_commands: true,
        };
        let running =
            telegram::start_polling(self.app.clone(), bot, options).await.expect("bot starts");
        self.running = Some(running);
    }

    /// Start the dispatcher on a webhook: our HTTP server on 127.0.0.1 takes the updates at
    /// `path`, checking `secret`. Returns the server's address.
    pub async fn start_webhook(&mut self, path: &str, secret: &str) -> std::net::SocketAddr {
        let (listener, route) = telegram::webhook(path, secret);
        let router = restock_bot::http::router().merge(route);
        let addr = "127.0.0.1:0".parse().expect("address");
        let (bound, _server) =
            restock_bot::http::serve(addr, router, std::future::pending()).await.expect("serve");
        let options = Options {
            limits: self.limits,
            poll_timeout: Duration::from_secs(5),
            register_commands: false,
        };
        let running = telegram::start(self.app.clone(), self.bot(), options, listener)
            .await
            .expect("bot starts");
        self.running = Some(running);
        bound
    }

    fn bot(&self) -> Bot {
        Bot::new(TOKEN).set_api_url(self.fake.url().parse().expect("fake URL"))
    }

    /// Stop the dispatcher, delivering what it has queued.
    pub async fn stop(&mut self) {
        if let Some(running) = self.running.take() {
            running.stop(Duration::from_secs(20)).await;
        }
    }

    pub fn running(&self) -> &Telegram {
        self.running.as_ref().expect("the bot is running")
    }
}
