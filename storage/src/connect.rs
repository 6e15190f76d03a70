use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgPool, Postgres, Sqlite, SqlitePool, Transaction};

use crate::{Result, StoreError};

static PG_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/postgres");
static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/sqlite");

/// Which database a [`Store`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Postgres,
    Sqlite,
}

/// The database: PostgreSQL in production, SQLite embedded.
#[derive(Debug, Clone)]
pub enum Store {
    Pg(PgPool),
    Lite(SqlitePool),
}

/// A write transaction on either backend. Dropping it without [`Tx::commit`] rolls back.
pub enum Tx {
    Pg(Transaction<'static, Postgres>),
    Lite(Transaction<'static, Sqlite>),
}

/// Connection limits for [`Store::connect_with`].
#[derive(Debug, Clone, Copy)]
pub struct PoolSize {
    pub max_connections: u32,
    pub acquire_timeout: Duration,
}

impl Default for PoolSize {
    fn default() -> Self {
        PoolSize { max_connections: 10, acquire_timeout: Duration::from_secs(10) }
    }
}

impl Store {
    /// Connect to `postgres://…` or `sqlite://…` (an SQLite file is created if missing).
    /// Does not migrate; call [`Store::migrate`].
    pub async fn connect(url: &str) -> Result<Store> {
        Store::connect_with(url, PoolSize::default()).await
    }

    pub async fn connect_with(url: &str, size: PoolSize) -> Result<Store> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let opts = PgConnectOptions::from_str(url)?;
            let pool = PgPoolOptions::new()
                .max_connections(size.max_connections)
                .acquire_timeout(size.acquire_timeout)
                .connect_with(opts)
                .await?;
            Ok(Store::Pg(pool))
        } else if url.starts_with("sqlite:") {
            let opts = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(30))
                .foreign_keys(true);
            // An in-memory database exists once per connection: keep exactly one.
            let max = if url.contains(":memory:") || url.contains("mode=memory") {
                1
            } else {
                size.max_connections
            };
            let pool = SqlitePoolOptions::new()
                .max_connections(max)
                .acquire_timeout(size.acquire_timeout)
                .connect_with(opts)
                .await?;
            Ok(Store::Lite(pool))
        } else {
            Err(StoreError::UnsupportedUrl(url.to_owned()))
        }
    }

    /// Apply the embedded migrations that have not run yet.
    pub async fn migrate(&self) -> Result<()> {
        match self {
            Store::Pg(p) => PG_MIGRATIONS.run(p).await?,
            Store::Lite(p) => SQLITE_MIGRATIONS.run(p).await?,
        }
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        match self {
            Store::Pg(_) => Backend::Postgres,
            Store::Lite(_) => Backend::Sqlite,
        }
    }

    /// Begin a write transaction. On SQLite it takes the write lock at once (`BEGIN
    /// IMMEDIATE`), so two writers wait on each other instead of failing with SQLITE_BUSY.
    pub async fn begin(&self) -> Result<Tx> {
        Ok(match self {
            Store::Pg(p) => Tx::Pg(p.begin().await?),
            Store::Lite(p) => Tx::Lite(p.begin_with("BEGIN IMMEDIATE").await?),
        })
    }

    pub async fn close(&self) {
        match self {
            Store::Pg(p) => p.close().await,
            Store::Lite(p) => p.close().await,
        }
    }

    /// The PostgreSQL pool, for what only PostgreSQL has (LISTEN/NOTIFY).
    pub fn pg_pool(&self) -> Option<&PgPool> {
        match self {
            Store::Pg(p) => Some(p),
            Store::Lite(_) => None,
        }
    }
}

impl Tx {
    pub async fn commit(self) -> Result<()> {
        match self {
            Tx::Pg(t) => t.commit().await?,
            Tx::Lite(t) => t.commit().await?,
        }
        Ok(())
    }

    pub async fn rollback(self) -> Result<()> {
        match self {
            Tx::Pg(t) => t.rollback().await?,
            Tx::Lite(t) => t.rollback().await?,
        }
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        match self {
            Tx::Pg(_) => Backend::Postgres,
            Tx::Lite(_) => Backend::Sqlite,
        }
    }
}
