//! Exit codes, one per error class, and the one-line error a failed command prints.

use std::fmt;
use std::process::ExitCode;

use wx_endpoints::registry::{CallFailure, FailureKind};

/// Documented in `wx --help`.
pub const EXIT_CODES: &str = "\
Exit codes:
  0  success
  2  usage: a bad flag or argument, JSON that does not parse, an unknown endpoint
  3  validation: the request breaks a documented limit or does not fit the endpoint; nothing was sent
  4  API error: the server answered a failure code (code, variant and message on stderr)
  5  transport: the network, an HTTP status, or an unreadable response
  6  credential: no token or UserSig could be obtained (configuration, quota, re-authorization)
  7  verification failed: a UserSig or callback message did not verify or decrypt
  8  strict: the call succeeded, but the answer has fields the SDK's types do not know (listed on stderr)";

#[derive(Debug)]
pub struct Failure {
    pub code: u8,
    pub message: String,
}

impl Failure {
    pub fn usage(message: impl Into<String>) -> Self {
        Failure { code: 2, message: message.into() }
    }

    pub fn verification(message: impl Into<String>) -> Self {
        Failure { code: 7, message: message.into() }
    }

    pub fn unknown_fields(message: impl Into<String>) -> Self {
        Failure { code: 8, message: message.into() }
    }

    pub fn decode(message: impl Into<String>) -> Self {
        Failure { code: 5, message: message.into() }
    }

    /// The exit code of a failed call.
    pub fn of_call(failure: &CallFailure) -> Self {
        let code = match failure.kind {
            FailureKind::Invalid => 3,
            FailureKind::Api => 4,
            FailureKind::Transport | FailureKind::Decode => 5,
            FailureKind::Credential => 6,
        };
        let message = match (&failure.variant, failure.code, failure.kind) {
            (Some(variant), Some(code), _) => {
                format!("{variant} (code {code}, class {}): {}", failure.class.as_str(), failure.message)
            }
            (None, Some(code), FailureKind::Api) => {
                format!("Unknown (code {code}, class {}): {}", failure.class.as_str(), failure.message)
            }
            _ => format!("{} ({})", failure.message, failure.class.as_str()),
        };
        Failure { code, message }
    }

    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(self.code)
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // One line, whatever the message carried.
        write!(f, "error: {}", self.message.replace('\n', " "))
    }
}
