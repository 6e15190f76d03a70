//! How fast Restock may send to Telegram, and how it retries.

use std::num::NonZeroU32;
use std::time::Duration;

use governor::Quota;

/// Rate limits and retry policy for everything sent to Telegram.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Messages to one chat (Telegram: about one per second).
    pub per_chat: Quota,
    /// Messages to one group, on top of `per_chat` (Telegram: 20 per minute).
    pub per_group: Quota,
    /// Messages to all chats together (Telegram: about 30 per second).
    pub overall: Quota,
    /// First back-off after a 5xx or a timeout; it doubles up to `max_backoff`.
    pub first_backoff: Duration,
    pub max_backoff: Duration,
    /// Failed tries (429s not counted) before a message is given up as undeliverable.
    pub max_attempts: u32,
}

const fn n(v: u32) -> NonZeroU32 {
    match NonZeroU32::new(v) {
        Some(v) => v,
        None => NonZeroU32::MIN,
    }
}

impl Limits {
    /// Telegram's documented limits for bots.
    pub const fn telegram() -> Limits {
        Limits {
            per_chat: Quota::per_second(n(1)),
            per_group: Quota::per_minute(n(20)),
            overall: Quota::per_second(n(30)),
            first_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(60),
            // About 25 minutes of an outage before a message is dropped.
            max_attempts: 30,
        }
    }

    /// The same limits with every rate replaced by `per_second` (tests, self-hosted servers).
    pub fn uniform(per_second: u32) -> Limits {
        let q = Quota::per_second(n(per_second));
        Limits { per_chat: q, per_group: q, overall: q, ..Limits::telegram() }
    }

    /// The pause before try number `attempt` (1-based) after a transient failure.
    pub fn backoff(&self, attempt: u32) -> Duration {
        let factor = 2u32.saturating_pow(attempt.saturating_sub(1).min(16));
        self.first_backoff.saturating_mul(factor).min(self.max_backoff)
    }
}

impl Default for Limits {
    fn default() -> Limits {
        Limits::telegram()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let l = Limits::telegram();
        assert_eq!(l.backoff(1), Duration::from_millis(500));
        assert_eq!(l.backoff(2), Duration::from_secs(1));
        assert_eq!(l.backoff(40), Duration::from_secs(60));
    }
}
