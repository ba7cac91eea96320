//! When a failed call is tried again, and when never.
//!
//! - busy answers (-1 and the other documented busy codes, IM's server-internal codes) are retried
//!   with exponential backoff and full jitter;
//! - 45011 (a per-minute limit) waits for the next minute, if that is within the deadline;
//! - 45009 (the daily quota), permission, validation and credential errors are never retried;
//! - a transport failure is retried only when the request provably never reached the server (the
//!   connection was refused), unless the endpoint is idempotent (queries are; modifications are
//!   not by default), where timeouts, 5xx answers, broken bodies and unreadable responses are retried
//!   too.
//!
//! Every retry happens within the policy's total deadline; the last error is returned when it ends.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::class::ErrorClass;
use crate::error::{Error, TransportErrorKind};
use crate::error_table::ApiErrorKind;

/// How a client retries. Cheap to copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in all, the first included (1: no retry).
    pub max_attempts: u32,
    /// The whole call, retries and waits included, ends by then.
    pub deadline: Duration,
    /// The first backoff; it doubles per attempt, up to `max_delay`, with full jitter.
    pub base_delay: Duration,
    /// The longest backoff.
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            deadline: Duration::from_secs(15),
            base_delay: Duration::from_millis(100),
            max_delay: Duration::from_secs(2),
        }
    }
}

impl RetryPolicy {
    /// One attempt: every failure is returned as it comes.
    pub fn none() -> Self {
        RetryPolicy { max_attempts: 1, ..Self::default() }
    }

    /// How long to wait before attempt `attempt + 1` after `error`, or `None` to give up.
    pub(crate) fn next_delay<K: ApiErrorKind>(
        &self,
        error: &Error<K>,
        attempt: u32,
        idempotent: bool,
        remaining: Duration,
    ) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        let delay = match error {
            Error::Api { .. } => match error.class() {
                ErrorClass::Busy => self.backoff(attempt),
                ErrorClass::RateLimited if error.code() == Some(45011) => until_next_minute(),
                ErrorClass::RateLimited => self.backoff(attempt),
                _ => return None,
            },
            Error::Transport(transport) => match transport.kind() {
                TransportErrorKind::Connect => self.backoff(attempt),
                // A connection closed mid-exchange is `Other`: safe to repeat only when idempotent.
                TransportErrorKind::Other if idempotent => self.backoff(attempt),
                _ if idempotent && transport.is_retryable() => self.backoff(attempt),
                _ => return None,
            },
            Error::Decode(_) if idempotent => self.backoff(attempt),
            _ => return None,
        };
        (delay < remaining).then_some(delay)
    }

    /// Full jitter: a uniform wait in [0, min(max_delay, base_delay * 2^attempt)].
    fn backoff(&self, attempt: u32) -> Duration {
        let ceiling = self.base_delay.saturating_mul(1u32 << attempt.min(16)).min(self.max_delay);
        ceiling.mul_f64(fastrand::f64())
    }
}

fn until_next_minute() -> Duration {
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    Duration::from_secs(60) - Duration::from_millis((now.as_millis() % 60_000) as u64)
        + Duration::from_millis(50)
}
