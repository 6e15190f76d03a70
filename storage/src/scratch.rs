//! A throw-away PostgreSQL database next to the configured one, for benchmarks that must not
//! touch real data (a running relay would otherwise claim their rows).

use std::str::FromStr;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::{Connection, PgConnection};

use crate::{Result, Store, StoreError};

pub struct Scratch {
    pub store: Store,
    admin: PgConnectOptions,
    name: String,
}

impl Scratch {
    /// Create and migrate `restock_scratch_<pid>` on the server `url` points at.
    pub async fn create(url: &str, max_connections: u32) -> Result<Scratch> {
        if !url.starts_with("postgres") {
            return Err(StoreError::UnsupportedUrl(url.to_owned()));
        }
        let admin = PgConnectOptions::from_str(url)?;
        let name = format!("restock_scratch_{}", std::process::id());
        let mut conn = PgConnection::connect_with(&admin).await?;
        let drop = format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        sqlx::raw_sql(sqlx::AssertSqlSafe(drop)).execute(&mut conn).await?;
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE \"{name}\"")))
            .execute(&mut conn)
            .await?;
        conn.close().await?;
        let pool = PgPoolOptions::new()
            .max_connections(max_connections)
            .connect_with(admin.clone().database(&name))
            .await?;
        let store = Store::Pg(pool);
        store.migrate().await?;
        Ok(Scratch { store, admin, name })
    }

    /// Close the pool and drop the database.
    pub async fn drop(self) -> Result<()> {
        self.store.close().await;
        let mut conn = PgConnection::connect_with(&self.admin).await?;
        let drop = format!("DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)", self.name);
        sqlx::raw_sql(sqlx::AssertSqlSafe(drop)).execute(&mut conn).await?;
        Ok(())
    }
}
