//! The Restock application: use cases, front-ends, configuration and i18n.

pub mod app;
pub mod clock;
pub mod config;
pub mod console;
pub mod i18n;
pub mod notify;
pub mod parse_cmd;
