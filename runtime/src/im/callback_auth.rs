//! Tencent IM callback authentication: with authentication on in the console, every callback URL
//! carries `RequestTime` (Unix seconds) and `Sign`, the lower-case hex SHA-256 of the token followed
//! by that `RequestTime`. Verified in constant time, and refused outside a freshness window so a
//! captured request cannot be replayed later.

use std::fmt;
use std::time::Duration;

use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::secret::Secret;

/// Why a callback request is not authentic.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CallbackAuthError {
    /// `Sign` or `RequestTime` is missing from the URL (authentication is off in the console?).
    #[error("the callback URL carries no `Sign` and `RequestTime`: enable callback authentication in the IM console")]
    Missing,
    /// `RequestTime` is not a number of seconds.
    #[error("`RequestTime` is not Unix seconds")]
    BadTime,
    /// `RequestTime` is further from now than the window allows.
    #[error("`RequestTime` is {skew} s from now, beyond the {window} s window: refused as a replay")]
    Stale {
        /// Seconds between `RequestTime` and now.
        skew: u64,
        /// The window, in seconds.
        window: u64,
    },
    /// `Sign` does not match the token.
    #[error("`Sign` does not match the callback token")]
    BadSign,
}

/// Checks the `Sign` and `RequestTime` of Tencent IM callbacks with the console's callback token.
#[derive(Clone)]
pub struct CallbackAuth {
    token: Secret,
    window: Duration,
}

impl CallbackAuth {
    /// The page's advice: refuse a `RequestTime` more than a minute from now.
    pub const DEFAULT_WINDOW: Duration = Duration::from_secs(60);

    /// Authentication with the console's callback token and the default window.
    pub fn new(token: impl Into<Secret>) -> Self {
        CallbackAuth { token: token.into(), window: Self::DEFAULT_WINDOW }
    }

    /// How far `RequestTime` may be from now, either way (clocks drift both ways).
    pub fn window(mut self, window: Duration) -> Self {
        self.window = window;
        self
    }

    /// The `Sign` of `request_time`: hex SHA-256 of the token followed by the decimal time.
    pub fn sign(&self, request_time: u64) -> String {
        let mut digest = Sha256::new();
        digest.update(self.token.expose().as_bytes());
        digest.update(request_time.to_string().as_bytes());
        hex::encode(digest.finalize())
    }

    /// Verifies a callback URL's `Sign` and `RequestTime` at `now` (Unix seconds).
    pub fn verify(
        &self,
        sign: Option<&str>,
        request_time: Option<&str>,
        now: u64,
    ) -> Result<(), CallbackAuthError> {
        let (Some(sign), Some(request_time)) = (sign, request_time) else {
            return Err(CallbackAuthError::Missing);
        };
        let time: u64 = request_time.trim().parse().map_err(|_| CallbackAuthError::BadTime)?;
        let skew = time.abs_diff(now);
        if skew > self.window.as_secs() {
            return Err(CallbackAuthError::Stale { skew, window: self.window.as_secs() });
        }
        let expected = self.sign(time);
        // The pages print lower-case hex; an upper-case Sign is the same digest.
        let given = sign.trim().to_ascii_lowercase();
        match bool::from(given.as_bytes().ct_eq(expected.as_bytes())) {
            true => Ok(()),
            false => Err(CallbackAuthError::BadSign),
        }
    }
}

impl fmt::Debug for CallbackAuth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallbackAuth").field("token", &self.token).field("window", &self.window).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pages_sample_signs_and_verifies() {
        // The sample printed on the callback pages: token `xxxxyyyy`, RequestTime 1669872112.
        let auth = CallbackAuth::new("xxxxyyyy");
        let sign = "17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061";
        assert_eq!(auth.sign(1669872112), sign);
        assert_eq!(auth.verify(Some(sign), Some("1669872112"), 1669872112 + 59), Ok(()));
        assert_eq!(auth.verify(Some(&sign.to_uppercase()), Some("1669872112"), 1669872112), Ok(()));
        assert_eq!(
            auth.verify(Some(sign), Some("1669872112"), 1669872112 + 61),
            Err(CallbackAuthError::Stale { skew: 61, window: 60 })
        );
        assert_eq!(
            auth.verify(Some(sign), Some("1669872112"), 1669872112 - 61),
            Err(CallbackAuthError::Stale { skew: 61, window: 60 })
        );
        assert_eq!(auth.verify(Some(sign), Some("1669872113"), 1669872112), Err(CallbackAuthError::BadSign));
        assert_eq!(auth.verify(None, Some("1669872112"), 1669872112), Err(CallbackAuthError::Missing));
        assert_eq!(auth.verify(Some(sign), Some("soon"), 1669872112), Err(CallbackAuthError::BadTime));
        assert_eq!(format!("{auth:?}"), "CallbackAuth { token: Secret(***), window: 60s }");
    }
}
