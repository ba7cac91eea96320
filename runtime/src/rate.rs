//! A client-side rate limiter: bursts queue instead of failing with 60007 / 60018.
//!
//! GCRA with reservations: each call takes the next free slot (rate `per_second`, up to `burst`
//! at once) under a short lock and then sleeps until its slot, so waiters are served in order and
//! nobody polls. (governor's async wait polls and re-checks instead; reservations need this little.)

use std::sync::Mutex;
use std::time::Duration;

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
