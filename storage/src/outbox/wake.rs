//! Wake-ups for idle relay workers: PostgreSQL LISTEN on [`super::NOTIFY_CHANNEL`].
//! SQLite has no such thing; its workers poll.

use sqlx::postgres::PgListener;

use crate::{Result, Store};

/// What the listener saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wake {
    /// A transaction enqueued rows.
    Enqueued,
    /// The connection was lost and is back; notifications in between are gone, so look.
    Reconnected,
}

/// A LISTEN connection of its own (not one of the pool's working connections).
pub struct Wakeups {
    listener: PgListener,
}

impl Wakeups {
    /// `None` on a store without notifications (SQLite).
    pub async fn connect(store: &Store) -> Result<Option<Wakeups>> {
        let Some(pool) = store.pg_pool() else { return Ok(None) };
        let mut listener = PgListener::connect_with(pool).await?;
        listener.listen(super::NOTIFY_CHANNEL).await?;
        Ok(Some(Wakeups { listener }))
    }

    /// The next wake-up. An error means the server could not be reached to reconnect;
    /// calling again tries again.
    pub async fn next(&mut self) -> Result<Wake> {
        Ok(match self.listener.try_recv().await? {
            Some(_) => Wake::Enqueued,
            None => Wake::Reconnected,
        })
    }
}
