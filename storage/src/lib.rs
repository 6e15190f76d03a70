//! Every SQL statement Restock runs, behind one [`Store`] over PostgreSQL or SQLite.
//!
//! Functions that change state take the caller's [`Tx`], so a state change, its event and its
//! outbox rows commit together. Timestamps are milliseconds since the Unix epoch, passed in
//! by the caller so that tests can drive time.

pub mod actions;
pub mod chat_links;
pub mod connect;
pub mod deliveries;
pub mod digest;
mod error;
pub mod events;
pub mod households;
pub mod inbound;
pub mod invites;
pub mod items;
pub mod journal;
pub mod list;
pub mod orders;
pub mod outbox;
pub mod reminders;
pub mod schedules;
pub mod scratch;
pub mod settings;
#[cfg(any(test, feature = "testing"))]
pub mod testing;

pub use connect::{Backend, Store, Tx};
pub use error::StoreError;

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// Run `$body` with `$c` bound to the transaction's connection, for either backend. The body
/// is compiled once per backend, so the same SQL text serves both.
macro_rules! on_tx {
    ($tx:expr, |$c:ident| $body:expr) => {
        match $tx {
            $crate::Tx::Pg(t) => {
                let $c = &mut **t;
                $body
            }
            $crate::Tx::Lite(t) => {
                let $c = &mut **t;
                $body
            }
        }
    };
}

/// Like [`on_tx!`], for a statement that runs on the pool outside a transaction.
macro_rules! on_pool {
    ($store:expr, |$c:ident| $body:expr) => {
        match $store {
            $crate::Store::Pg(p) => {
                let $c = p;
                $body
            }
            $crate::Store::Lite(p) => {
                let $c = p;
                $body
            }
        }
    };
}

pub(crate) use {on_pool, on_tx};
