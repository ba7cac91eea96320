//! What a client should do about a code, from the global tables of each family (WeChat:
//! "Error codes by what a client should do"; Tencent IM: the 60000-79999 common codes and the
//! server-internal codes). Endpoint-specific meanings live in each endpoint's generated enum.

use crate::endpoint::ApiFamily;

/// What a client should do about an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorClass {
    /// The token or UserSig is stale: drop it (if still the one that failed), renew, retry once.
    StaleCredential,
    /// The server is busy or failed internally: retry with backoff and jitter.
    Busy,
    /// A per-minute or per-second limit: retry after the window.
    RateLimited,
    /// The daily quota is exhausted: never retry (retrying burns more).
    QuotaExhausted,
    /// The caller lacks rights (permission set not granted, not an admin): no retry.
    Permission,
    /// The merchant must authorize the platform again.
    Reauthorize,
    /// component_verify_ticket problems: wait for the next push.
    Ticket,
    /// Account, IP whitelist, region or app configuration: fix the setup.
    Configuration,
    /// The request itself is wrong.
    BadRequest,
    /// The network or the HTTP layer failed.
    Transport,
    /// The response could not be read.
    Decode,
    /// Client-side validation failed; nothing was sent.
    Invalid,
    /// A credential could not be obtained.
    Credential,
    /// The token store (Redis) failed or timed out.
    Store,
    /// An API code none of the global tables list.
    Other,
}

impl ErrorClass {
    /// Whether trying again later can succeed without changing anything.
    pub fn is_retryable(self) -> bool {
        matches!(self, ErrorClass::Busy | ErrorClass::RateLimited | ErrorClass::Store)
    }

    /// The class as a snake_case name (`stale_credential`, `busy`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorClass::StaleCredential => "stale_credential",
            ErrorClass::Busy => "busy",
            ErrorClass::RateLimited => "rate_limited",
            ErrorClass::QuotaExhausted => "quota_exhausted",
            ErrorClass::Permission => "permission",
            ErrorClass::Reauthorize => "reauthorize",
            ErrorClass::Ticket => "ticket",
            ErrorClass::Configuration => "configuration",
            ErrorClass::BadRequest => "bad_request",
            ErrorClass::Transport => "transport",
            ErrorClass::Decode => "decode",
            ErrorClass::Invalid => "invalid",
            ErrorClass::Credential => "credential",
            ErrorClass::Store => "store",
            ErrorClass::Other => "other",
        }
    }
}

/// The class of an API error code of `family`.
pub fn classify(family: ApiFamily, code: i64) -> ErrorClass {
    match family {
        ApiFamily::WeChat => classify_wechat(code),
        ApiFamily::TencentIm => classify_im(code),
    }
}

fn classify_wechat(code: i64) -> ErrorClass {
    use ErrorClass::*;
    match code {
        40001 | 40014 | 42001 => StaleCredential,
        -1 | 89247 | 89250 | 89401 | 9402202 | 61039 => Busy,
        45011 => RateLimited,
        45009 => QuotaExhausted,
        48001 | 48004 | 50001 | 50002 | 61007 | 86000 | 89254 => Permission,
        42007 | 61003 | 61023 => Reauthorize,
        61005 | 61006 => Ticket,
        40002 | 40013 | 40125 | 40164 | 61004 | 61011 | 61014 | 61024 => Configuration,
        40097 | 41001 | 43001 | 43002 | 44002 | 47001 => BadRequest,
        _ => Other,
    }
}

fn classify_im(code: i64) -> ErrorClass {
    use ErrorClass::*;
    match code {
        70001 | 70052 => StaleCredential,
        // 10004 and 20005 are called "internal server error, please try again" by the official
        // account documents; the rest are the common server-internal codes.
        60008 | 10002 | 10004 | 20004 | 20005 | 70169 | 70500 => Busy,
        60007 | 60011 | 60018 | 60019 | 70050 => RateLimited,
        60010 => Permission,
        60004 | 60005 | 60006 | 60016 | 60017 | 60020 | 60021 | 70003 | 70009 | 70013 | 70014 | 70016
        | 70020 => Configuration,
        60002 | 60003 | 60009 | 60012 | 60013 | 60014 | 60015 => BadRequest,
        _ => Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wechat_table() {
        assert_eq!(classify(ApiFamily::WeChat, 40001), ErrorClass::StaleCredential);
        assert_eq!(classify(ApiFamily::WeChat, -1), ErrorClass::Busy);
        assert_eq!(classify(ApiFamily::WeChat, 45009), ErrorClass::QuotaExhausted);
        assert!(!ErrorClass::QuotaExhausted.is_retryable());
        assert_eq!(classify(ApiFamily::WeChat, 61023), ErrorClass::Reauthorize);
        assert_eq!(classify(ApiFamily::WeChat, 85083), ErrorClass::Other);
    }

    #[test]
    fn families_do_not_share_codes() {
        assert_eq!(classify(ApiFamily::TencentIm, 70001), ErrorClass::StaleCredential);
        assert_eq!(classify(ApiFamily::WeChat, 70001), ErrorClass::Other);
        assert_eq!(classify(ApiFamily::TencentIm, 40001), ErrorClass::Other);
        assert_eq!(classify(ApiFamily::TencentIm, 60007), ErrorClass::RateLimited);
    }
}
