//! End-to-end tests and the fakes they talk to.

pub mod delivery;
pub mod fake_telegram;
mod multipart;
pub mod telegram_harness;
