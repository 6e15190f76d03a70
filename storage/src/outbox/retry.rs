/// Exponential back-off with jitter, and a cap on attempts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Claims a row may have before it is dead-lettered.
    pub max_attempts: i32,
    pub base_delay_ms: i64,
    pub max_delay_ms: i64,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy { max_attempts: 8, base_delay_ms: 1_000, max_delay_ms: 15 * 60 * 1_000 }
    }
}

impl RetryPolicy {
    /// Delay before the next attempt after `attempts` failed ones, or `None` when that was
    /// the last. The delay doubles each time; `jitter` in `[0, 1)` adds up to half again.
    pub fn delay_ms(&self, attempts: i32, jitter: f64) -> Option<i64> {
        if attempts >= self.max_attempts {
            return None;
        }
        let exp = (attempts.max(1) - 1).min(30) as u32;
        let base = self.base_delay_ms.saturating_mul(1_i64 << exp).min(self.max_delay_ms);
        let extra = (base as f64 * 0.5 * jitter.clamp(0.0, 1.0)) as i64;
        Some((base + extra).min(self.max_delay_ms))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_double_up_to_the_cap_and_stop_at_the_last_attempt() {
        let p = RetryPolicy { max_attempts: 4, base_delay_ms: 100, max_delay_ms: 250 };
        assert_eq!(p.delay_ms(1, 0.0), Some(100));
        assert_eq!(p.delay_ms(2, 0.0), Some(200));
        assert_eq!(p.delay_ms(3, 0.0), Some(250));
        assert_eq!(p.delay_ms(4, 0.0), None);
    }

    #[test]
    fn jitter_adds_at_most_half() {
        let p = RetryPolicy { max_attempts: 4, base_delay_ms: 100, max_delay_ms: 10_000 };
        assert_eq!(p.delay_ms(1, 0.999_999).unwrap(), 149);
    }
}
