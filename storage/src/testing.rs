//! Fresh databases for tests: a new PostgreSQL database per test, or a new SQLite file.
//!
//! PostgreSQL comes from `RESTOCK_TEST_DATABASE_URL`, else `DATABASE_URL` when it is a
//! `postgres://` URL, else [`DEFAULT_POSTGRES_URL`]. When nothing answers there, the test
//! process prints one line saying how to start it and exits: a missing database is a
//! failure, never a silent skip.

use std::path::PathBuf;
use std::str::FromStr;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{ConnectOptions, Connection, PgConnection};
use tokio::sync::OnceCell;

use crate::Store;

pub const DEFAULT_POSTGRES_URL: &str = "postgres://postgres@127.0.0.1:5432/postgres";
const PREFIX: &str = "restock_t_";

static COUNTER: AtomicU32 = AtomicU32::new(0);
static SWEPT: OnceCell<()> = OnceCell::const_new();

/// The PostgreSQL server URL tests use.
pub fn postgres_url() -> String {
    if let Ok(url) = std::env::var("RESTOCK_TEST_DATABASE_URL") {
        return url;
    }
    match std::env::var("DATABASE_URL") {
        Ok(url) if url.starts_with("postgres") => url,
        _ => DEFAULT_POSTGRES_URL.to_owned(),
    }
}

/// A database created for one test; dropped by a later test run once this process is gone.
pub struct FreshPostgres {
    pub store: Store,
    /// A URL that reaches this database, for a child process.
    pub url: String,
    pub name: String,
}

async fn admin() -> PgConnection {
    let url = postgres_url();
    let connect = async {
        let opts = PgConnectOptions::from_str(&url)?.disable_statement_logging();
        PgConnection::connect_with(&opts).await
    };
    match tokio::time::timeout(Duration::from_secs(5), connect).await {
        Ok(Ok(conn)) => conn,
        Ok(Err(e)) => stop(&url, &e.to_string()),
        Err(_) => stop(&url, "no answer within 5 s"),
    }
}

fn stop(url: &str, why: &str) -> ! {
    eprintln!(
        "PostgreSQL is not answering at {url} ({why}); start it (e.g. `pg_ctlcluster \
         --skip-systemctl-redirect $(ls /etc/postgresql) main start`) or set DATABASE_URL"
    );
    std::process::exit(2);
}

/// Drop test databases left by test processes that have exited.
async fn sweep(conn: &mut PgConnection) {
    let names: Vec<String> =
        sqlx::query_scalar("SELECT datname FROM pg_database WHERE datname LIKE $1")
            .bind(format!("{PREFIX}%"))
            .fetch_all(&mut *conn)
            .await
            .unwrap_or_default();
    for name in names {
        let pid =
            name.trim_start_matches(PREFIX).split('_').next().and_then(|p| p.parse::<u32>().ok());
        let alive = pid.is_some_and(|p| std::path::Path::new(&format!("/proc/{p}")).exists());
        if !alive {
            let sql = format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            let _ = sqlx::raw_sql(sqlx::AssertSqlSafe(sql)).execute(&mut *conn).await;
        }
    }
}

/// A new, migrated PostgreSQL database.
pub async fn fresh_postgres() -> FreshPostgres {
    let mut conn = admin().await;
    SWEPT.get_or_init(|| sweep(&mut conn)).await;
    let name =
        format!("{PREFIX}{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed));
    let sql = format!("CREATE DATABASE \"{name}\"");
    sqlx::raw_sql(sqlx::AssertSqlSafe(sql)).execute(&mut conn).await.expect("create test database");
    let _ = conn.close().await;

    let opts = PgConnectOptions::from_str(&postgres_url()).expect("valid URL").database(&name);
    let pool = PgPoolOptions::new().max_connections(20).connect_with(opts).await.expect("connect");
    let store = Store::Pg(pool);
    store.migrate().await.expect("migrate");
    FreshPostgres { store, url: with_database(&postgres_url(), &name), name }
}

/// Cut every connection to the test database `name`, as a server restart would (the shared
/// server itself is never restarted: other tests use it). Returns how many were cut.
pub async fn terminate_connections(name: &str) -> u64 {
    let mut conn = admin().await;
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE datname = $1 AND pid <> pg_backend_pid()) t",
    )
    .bind(name)
    .fetch_one(&mut conn)
    .await
    .expect("terminate backends");
    let _ = conn.close().await;
    n as u64
}

/// `url` with its database name replaced.
pub fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let host_part = match base[scheme_end..].find('/') {
        Some(i) => &base[..scheme_end + i],
        None => base,
    };
    match query {
        Some(q) => format!("{host_part}/{name}?{q}"),
        None => format!("{host_part}/{name}"),
    }
}

/// A new SQLite database file, removed when this is dropped.
pub struct FreshSqlite {
    pub store: Store,
    pub url: String,
    pub path: PathBuf,
}

impl Drop for FreshSqlite {
    fn drop(&mut self) {
        for suffix in ["", "-wal", "-shm"] {
            let mut p = self.path.clone().into_os_string();
            p.push(suffix);
            let _ = std::fs::remove_file(p);
        }
    }
}

pub async fn fresh_sqlite() -> FreshSqlite {
    let path = std::env::temp_dir().join(format!(
        "restock-test-{}-{}-{}.db",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos())
    ));
    let url = format!("sqlite://{}", path.display());
    let store = Store::connect(&url).await.expect("open SQLite");
    store.migrate().await.expect("migrate");
    FreshSqlite { store, url, path }
}

/// Run each named `async fn case(store: &Store)` as two tests: `postgres::case` on a fresh
/// PostgreSQL database and `sqlite::case` on a fresh SQLite file.
#[macro_export]
macro_rules! on_both_stores {
    ($($case:ident),+ $(,)?) => {
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $case() {
                    let db = $crate::testing::fresh_postgres().await;
                    super::$case(&db.store).await;
                }
            )+
        }
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $case() {
                    let db = $crate::testing::fresh_sqlite().await;
                    super::$case(&db.store).await;
                }
            )+
        }
    };
}

#[cfg(test)]
mod tests {
    use super::with_database;

    #[test]
    fn the_database_name_is_replaced_and_the_query_kept() {
        assert_eq!(with_database("postgres://u@h:5432/postgres", "x"), "postgres://u@h:5432/x");
        assert_eq!(
            with_database("postgres://u@h/db?sslmode=disable", "x"),
            "postgres://u@h/x?sslmode=disable"
        );
        assert_eq!(with_database("postgres://u@h", "x"), "postgres://u@h/x");
    }
}
