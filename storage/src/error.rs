use thiserror::Error;

/// What went wrong in the store, in the cases a caller can act on.
#[derive(Debug, Error)]
pub enum StoreError {
    #[error("unsupported DATABASE_URL {0:?}: use postgres://… or sqlite://…")]
    UnsupportedUrl(String),
    #[error("a row with this {constraint} already exists")]
    Conflict { constraint: String },
    #[error("stored data is not readable: {0}")]
    Corrupt(String),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database error: {0}")]
    Database(sqlx::Error),
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        if let sqlx::Error::Database(db) = &e
            && db.is_unique_violation()
        {
            return StoreError::Conflict {
                constraint: db.constraint().unwrap_or("unique key").to_owned(),
            };
        }
        StoreError::Database(e)
    }
}
