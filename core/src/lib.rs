//! Restock's domain: units, the message parser, stock rules and domain events.
//! Pure and synchronous — no I/O lives here.

pub mod clarify;
pub mod event;
pub mod household;
pub mod item;
pub mod parse;
pub mod size;
pub mod stock;
pub mod summary;
pub mod unit;
