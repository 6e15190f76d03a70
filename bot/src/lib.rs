//! The Restock application: use cases, front-ends, configuration and i18n.

pub mod app;
pub mod bench;
pub mod clock;
pub mod config;
pub mod console;
pub mod http;
pub mod i18n;
pub mod notify;
pub mod parse_cmd;
pub mod relay;
pub mod scheduler;
pub mod sink;
pub mod summary;
pub mod telegram;
