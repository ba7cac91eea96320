//! A client-side rate limiter: bursts queue instead of failing with 60007 / 60018. Tencent IM
//! limits each command on its own (most 200 calls per second, some fewer), so IM calls get one
//! limiter per command.
//!
//! GCRA with reservations: each call takes the next free slot (rate `per_second`, up to `burst`
//! at once) under a short lock and then sleeps until its slot, so waiters are served in order and
//! nobody polls. (governor's async wait polls and re-checks instead; reservations need this little.)

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use dashmap::DashMap;

use tokio::time::Instant;

/// Calls per second and how many may go at once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimit {
    /// Calls per second.
    pub per_second: u32,
    /// How many calls may go at once.
    pub burst: u32,
}

impl RateLimit {
    /// Tencent IM allows 200 calls per second; a burst of a tenth of that leaves the server's own
    /// bucket room for network jitter.
    pub const IM_DEFAULT: RateLimit = RateLimit { per_second: 200, burst: 20 };
}

impl RateLimit {
    /// This limit lowered to `per_second` (never raised; 0 leaves it), the burst scaled alike (at
    /// least 1).
    pub fn at_most(self, per_second: u32) -> RateLimit {
        if per_second == 0 || per_second >= self.per_second {
            return self;
        }
        let burst = u64::from(self.burst) * u64::from(per_second) / u64::from(self.per_second.max(1));
        RateLimit { per_second, burst: u32::try_from(burst).unwrap_or(u32::MAX).max(1) }
    }
}

/// One limiter per command, made on first use: an override set for the command, else the default
/// lowered to the command's documented rate.
pub(crate) struct CommandLimiters {
    default: RateLimit,
    overrides: HashMap<String, RateLimit>,
    limiters: DashMap<&'static str, Arc<RateLimiter>>,
}

impl CommandLimiters {
    pub fn new(default: RateLimit, overrides: HashMap<String, RateLimit>) -> Self {
        CommandLimiters { default, overrides, limiters: DashMap::new() }
    }

    /// The limit a command gets.
    pub fn limit(&self, path: &str, documented_per_second: u32) -> RateLimit {
        self.overrides.get(path).copied().unwrap_or_else(|| self.default.at_most(documented_per_second))
    }

    /// Waits for a slot of the command at `path`.
    pub async fn acquire(&self, path: &'static str, documented_per_second: u32) {
        let limiter = match self.limiters.get(path) {
            Some(limiter) => Arc::clone(&limiter),
            None => Arc::clone(
                &self
                    .limiters
                    .entry(path)
                    .or_insert_with(|| Arc::new(RateLimiter::new(self.limit(path, documented_per_second)))),
            ),
        };
        limiter.acquire().await;
    }
}

pub(crate) struct RateLimiter {
    interval: Duration,
    tolerance: Duration,
    /// The theoretical arrival time of the next call.
    next: Mutex<Option<Instant>>,
}

impl RateLimiter {
    pub fn new(limit: RateLimit) -> Self {
        let interval = Duration::from_secs(1) / limit.per_second.max(1);
        RateLimiter {
            interval,
            tolerance: interval * limit.burst.max(1).saturating_sub(1),
            next: Mutex::new(None),
        }
    }

    /// Waits for this call's slot.
    pub async fn acquire(&self) {
        let now = Instant::now();
        let send_at = {
            let mut next = self.next.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            let tat = next.map_or(now, |tat| tat.max(now));
            *next = Some(tat + self.interval);
            // Up to `burst` slots may be taken ahead of the steady rate.
            tat.checked_sub(self.tolerance).map_or(now, |earliest| earliest.max(now))
        };
        if send_at > now {
            tokio::time::sleep_until(send_at).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_command_gets_its_override_else_the_default_lowered_to_its_documented_rate() {
        let overrides = HashMap::from([("/v4/a/b".to_owned(), RateLimit { per_second: 50, burst: 5 })]);
        let limiters = CommandLimiters::new(RateLimit::IM_DEFAULT, overrides);
        assert_eq!(limiters.limit("/v4/a/b", 1), RateLimit { per_second: 50, burst: 5 });
        assert_eq!(limiters.limit("/v4/a/c", 0), RateLimit::IM_DEFAULT);
        assert_eq!(limiters.limit("/v4/a/c", 100), RateLimit { per_second: 100, burst: 10 });
        assert_eq!(limiters.limit("/v4/a/c", 1), RateLimit { per_second: 1, burst: 1 });
        assert_eq!(limiters.limit("/v4/a/c", 500), RateLimit::IM_DEFAULT, "never raised");
    }

    #[tokio::test(start_paused = true)]
    async fn commands_are_limited_each_on_its_own() {
        let limiters = CommandLimiters::new(RateLimit { per_second: 10, burst: 1 }, HashMap::new());
        let start = Instant::now();
        for _ in 0..5 {
            limiters.acquire("/v4/a/one", 0).await;
            limiters.acquire("/v4/a/two", 0).await;
        }
        // Each command: 5 calls at 10 a second, the first at once.
        assert_eq!(start.elapsed(), Duration::from_millis(400));
    }

    #[tokio::test(start_paused = true)]
    async fn bursts_queue_at_the_rate() {
        let limiter = RateLimiter::new(RateLimit { per_second: 100, burst: 10 });
        let start = Instant::now();
        for _ in 0..10 {
            limiter.acquire().await;
        }
        assert_eq!(start.elapsed(), Duration::ZERO, "the burst goes at once");
        for _ in 0..100 {
            limiter.acquire().await;
        }
        let elapsed = start.elapsed();
        assert!(
            elapsed >= Duration::from_millis(999) && elapsed <= Duration::from_millis(1001),
            "{elapsed:?}"
        );
    }
}
