//! The one error type of a call, generic over the endpoint's error enum, and its parts.
//!
//! No variant holds a URL, a token or a secret: transport errors are stripped of their URL (it
//! carries `access_token` / `usersig`), and messages are built from codes and server text only.

use std::fmt;
use std::sync::Arc;

use crate::class::{classify, ErrorClass};
use crate::endpoint::ApiFamily;
use crate::error_table::ApiErrorKind;
use crate::validate::Invalid;

/// Everything a call can fail with. `K` is the endpoint's error kind: the enum `#[wx_endpoint]`
/// generates from the document's error table (`SetSignatureError`).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error<K: ApiErrorKind> {
    /// The server answered with a failure code.
    #[error("{}", ApiMessage { kind, message, rid: rid.as_deref(), family: *family })]
    #[non_exhaustive]
    Api {
        /// The code the server answered, as the endpoint's documented variant (or `Unknown(code)`);
        /// `kind.code()` is the number.
        kind: K,
        /// The server's `errmsg` / `ErrorInfo`.
        message: String,
        /// WeChat's request id, worth quoting in a support ticket.
        rid: Option<String>,
        /// The endpoint's API family.
        family: ApiFamily,
    },
    /// The request broke documented limits; nothing was sent.
    #[error(transparent)]
    Invalid(#[from] Invalid),
    /// The authorizer granted none of the endpoint's permission sets; nothing was sent.
    #[error(transparent)]
    NotGranted(#[from] NotGranted),
    /// No credential (token, UserSig) could be obtained.
    #[error(transparent)]
    Credential(#[from] CredentialError),
    /// The network or HTTP layer failed.
    #[error(transparent)]
    Transport(#[from] TransportError),
    /// The response was not what the family's envelope or the endpoint's payload promise.
    #[error(transparent)]
    Decode(#[from] DecodeError),
}

impl<K: ApiErrorKind> Error<K> {
    /// An API failure as the server would report it: for testing the code that handles errors
    /// (`Error::Api` cannot be written out, as it may grow fields).
    ///
    /// ```
    /// use wx_runtime::token::endpoints::GetAuthorizerAccessTokenError as Kind;
    /// use wx_runtime::{ApiFamily, Error, ErrorClass};
    ///
    /// let error = Error::api(ApiFamily::WeChat, Kind::RefreshTokenInvalid, "invalid refresh_token");
    /// assert!(matches!(error, Error::Api { kind: Kind::RefreshTokenInvalid, .. }));
    /// assert_eq!(error.code(), Some(61023));
    /// assert_eq!(error.class(), ErrorClass::Reauthorize);
    /// ```
    pub fn api(family: ApiFamily, kind: K, message: impl Into<String>) -> Self {
        Error::Api { kind, message: message.into(), rid: None, family }
    }

    /// The API code, for `Api` errors.
    pub fn code(&self) -> Option<i64> {
        match self {
            Error::Api { kind, .. } => Some(kind.code()),
            _ => None,
        }
    }

    /// The endpoint's documented kind, for `Api` errors.
    pub fn kind(&self) -> Option<K> {
        match self {
            Error::Api { kind, .. } => Some(*kind),
            _ => None,
        }
    }

    /// What a client should do about this error.
    pub fn class(&self) -> ErrorClass {
        match self {
            Error::Api { kind, family, .. } => classify(*family, kind.code()),
            Error::Invalid(_) => ErrorClass::Invalid,
            Error::NotGranted(_) => ErrorClass::Permission,
            Error::Credential(e) => e.class(),
            Error::Transport(_) => ErrorClass::Transport,
            Error::Decode(_) => ErrorClass::Decode,
        }
    }

    /// Whether trying the same call again later can succeed. For transport errors this says the
    /// failure was transient, not that resending a modification is safe.
    pub fn is_retryable(&self) -> bool {
        match self {
            Error::Transport(e) => e.is_retryable(),
            Error::Credential(e) => e.is_retryable(),
            other => other.class().is_retryable(),
        }
    }

    /// Whether the server said the token or UserSig is stale.
    pub fn is_stale_credential(&self) -> bool {
        self.class() == ErrorClass::StaleCredential
    }
}

/// An API error as text: the documented meaning (or the server's message for an undocumented
/// code), the code under the family's name, and the request id.
struct ApiMessage<'a, K> {
    kind: &'a K,
    message: &'a str,
    rid: Option<&'a str>,
    family: ApiFamily,
}

impl<K: ApiErrorKind> fmt::Display for ApiMessage<'_, K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.kind.is_documented() {
            write!(f, "{}", self.kind)?;
        } else if self.message.is_empty() {
            f.write_str("undocumented error")?;
        } else {
            f.write_str(self.message)?;
        }
        write!(f, " ({} {}", self.family.code_name(), self.kind.code())?;
        if let Some(rid) = self.rid {
            write!(f, ", rid {rid}")?;
        }
        f.write_str(")")
    }
}

/// How the HTTP exchange failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransportErrorKind {
    /// No connection was made: the request provably never reached the server.
    Connect,
    /// The deadline passed (the request may or may not have been processed).
    Timeout,
    /// The server answered with a non-2xx HTTP status (a load balancer's HTML page, say).
    Status(u16),
    /// The response body broke off or exceeded the size cap.
    Body,
    /// An upload's file could not be read, or changed size after the upload was made: nothing
    /// was sent.
    File,
    /// Anything else (the request may have been sent).
    Other,
}

/// A failed HTTP exchange. Never contains the URL (it carries credentials).
#[derive(Debug, thiserror::Error)]
#[error("{}{}", kind.describe(), Detail(detail))]
pub struct TransportError {
    kind: TransportErrorKind,
    detail: String,
    #[source]
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl TransportErrorKind {
    fn describe(self) -> impl fmt::Display {
        struct Describe(TransportErrorKind);
        impl fmt::Display for Describe {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self.0 {
                    TransportErrorKind::Connect => f.write_str("could not connect"),
                    TransportErrorKind::Timeout => f.write_str("timed out"),
                    TransportErrorKind::Status(status) => write!(f, "HTTP status {status}"),
                    TransportErrorKind::Body => f.write_str("could not read the response body"),
                    TransportErrorKind::File => f.write_str("could not read the file to upload"),
                    TransportErrorKind::Other => f.write_str("HTTP request failed"),
                }
            }
        }
        Describe(self)
    }
}

/// `: detail`, or nothing when there is none.
struct Detail<'a>(&'a str);

impl fmt::Display for Detail<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            "" => Ok(()),
            detail => write!(f, ": {detail}"),
        }
    }
}

impl TransportError {
    /// `detail` must not contain the URL or any credential.
    pub fn new(kind: TransportErrorKind, detail: impl Into<String>) -> Self {
        TransportError { kind, detail: detail.into(), source: None }
    }

    /// Keeps `source` as the cause; it must already be stripped of URLs and credentials.
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(Box::new(source));
        self
    }

    /// How the exchange failed.
    pub fn kind(&self) -> TransportErrorKind {
        self.kind
    }

    /// The HTTP status, for `Status` errors.
    pub fn status(&self) -> Option<u16> {
        match self.kind {
            TransportErrorKind::Status(status) => Some(status),
            _ => None,
        }
    }

    /// Transient failures: connect errors, timeouts, 5xx, 429, broken bodies.
    pub fn is_retryable(&self) -> bool {
        match self.kind {
            TransportErrorKind::Connect | TransportErrorKind::Timeout | TransportErrorKind::Body => true,
            TransportErrorKind::Status(status) => status >= 500 || status == 429,
            TransportErrorKind::File | TransportErrorKind::Other => false,
        }
    }
}

/// A response that does not parse as the family's envelope or the endpoint's payload.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unreadable response (HTTP {status}): {reason}; {}", BodyStart(body_snippet))]
pub struct DecodeError {
    /// The HTTP status of the response.
    pub status: u16,
    /// Why it did not parse.
    pub reason: String,
    /// The start of the body (at most [`DecodeError::SNIPPET_BYTES`], lossy UTF-8), for diagnosis.
    pub body_snippet: String,
}

impl DecodeError {
    /// The most bytes of the body [`DecodeError::body_snippet`] keeps.
    pub const SNIPPET_BYTES: usize = 256;

    pub(crate) fn new(status: u16, reason: impl Into<String>, body: &[u8]) -> Self {
        DecodeError { status, reason: reason.into(), body_snippet: snippet(body) }
    }

    /// Without the snippet: for responses that carry secrets.
    pub(crate) fn redacted(mut self) -> Self {
        self.body_snippet = String::new();
        self
    }
}

/// The first bytes of `body` as text; a cut inside a UTF-8 sequence backs off to its start.
fn snippet(body: &[u8]) -> String {
    let mut end = body.len().min(DecodeError::SNIPPET_BYTES);
    if end < body.len() {
        let is_continuation = |byte: u8| byte & 0xC0 == 0x80;
        let mut backed_off = 0;
        while end > 0 && backed_off < 3 && is_continuation(body[end]) {
            end -= 1;
            backed_off += 1;
        }
    }
    let mut text = String::from_utf8_lossy(&body[..end]).into_owned();
    // Each invalid byte became a 3-byte U+FFFD: keep the text itself within the bound too.
    let mut cut = text.len() > DecodeError::SNIPPET_BYTES;
    if cut {
        let mut boundary = DecodeError::SNIPPET_BYTES;
        while !text.is_char_boundary(boundary) {
            boundary -= 1;
        }
        text.truncate(boundary);
    }
    cut |= end < body.len();
    if cut {
        text.push('…');
    }
    text
}

/// `body starts "..."`, or `empty body`.
struct BodyStart<'a>(&'a str);

impl fmt::Display for BodyStart<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            "" => f.write_str("empty body"),
            snippet => write!(f, "body starts {snippet:?}"),
        }
    }
}

/// A credential (token, UserSig) could not be obtained. Cheap to clone: every caller waiting on one
/// failed refresh receives the same error.
#[derive(Clone, Debug, thiserror::Error)]
#[error("no credential: {reason}")]
pub struct CredentialError {
    reason: String,
    class: ErrorClass,
    code: Option<i64>,
    retryable: bool,
    #[source]
    source: Option<Arc<dyn std::error::Error + Send + Sync>>,
}

impl CredentialError {
    /// `reason` must not contain the credential or any secret it was derived from.
    pub fn new(reason: impl Into<String>) -> Self {
        CredentialError {
            reason: reason.into(),
            class: ErrorClass::Credential,
            code: None,
            retryable: false,
            source: None,
        }
    }

    /// What to do about it: `Reauthorize` (61023: the merchant must authorize again),
    /// `QuotaExhausted` (45009), `Ticket`, `Store`, ...
    pub fn with_class(mut self, class: ErrorClass) -> Self {
        self.class = class;
        self.retryable = self.retryable || class.is_retryable();
        self
    }

    /// The code the token endpoint answered.
    pub fn with_code(mut self, code: i64) -> Self {
        self.code = Some(code);
        self
    }

    /// Marks the failure as transient (the token endpoint was busy or unreachable).
    pub fn retryable(mut self) -> Self {
        self.retryable = true;
        self
    }

    /// Marks the failure as one that waiting does not cure, whatever its class.
    pub(crate) fn permanent(mut self) -> Self {
        self.retryable = false;
        self
    }

    /// Keeps `source` as the cause; it must not contain secrets.
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Self {
        self.source = Some(Arc::new(source));
        self
    }

    /// What to do about it; `Credential` unless set with [`CredentialError::with_class`].
    pub fn class(&self) -> ErrorClass {
        self.class
    }

    /// The token endpoint's error code, when it answered with one.
    pub fn code(&self) -> Option<i64> {
        self.code
    }

    /// Whether trying again later can succeed.
    pub fn is_retryable(&self) -> bool {
        self.retryable
    }

    /// A failed token-endpoint call, as the credential error of the call that needed the token.
    pub(crate) fn from_call<K: ApiErrorKind>(what: &str, error: Error<K>) -> Self {
        match error {
            Error::Credential(inner) => inner,
            Error::Api { kind, family, .. } => {
                let code = kind.code();
                let class = match classify(family, code) {
                    ErrorClass::Other => ErrorClass::Credential,
                    class => class,
                };
                CredentialError::new(format!("{what} failed: {kind} ({} {code})", family.code_name()))
                    .with_class(class)
                    .with_code(code)
            }
            Error::Transport(e) => {
                let retryable = e.is_retryable();
                let error = CredentialError::new(format!("{what} failed")).with_class(ErrorClass::Transport);
                let error = if retryable { error.retryable() } else { error };
                error.with_source(e)
            }
            other => {
                let class = other.class();
                CredentialError::new(format!("{what} failed: {other}")).with_class(class)
            }
        }
    }
}

/// A call for an authorizer that granted none of the endpoint's permission sets.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "{endpoint} needs one of the permission sets {required:?}, but {authorizer} granted {granted:?}; ask the merchant to authorize them"
)]
pub struct NotGranted {
    /// The endpoint's document name.
    pub endpoint: &'static str,
    /// The authorizer's appid.
    pub authorizer: String,
    /// The endpoint's sets; any one would do.
    pub required: &'static [u16],
    /// What the authorizer granted (`func_info`).
    pub granted: Vec<u16>,
}

impl NotGranted {
    pub(crate) fn new(
        endpoint: &'static str,
        authorizer: &str,
        required: &'static [u16],
        granted: Vec<u16>,
    ) -> Self {
        NotGranted { endpoint, authorizer: authorizer.to_owned(), required, granted }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_are_bounded_and_cut_on_characters() {
        let body = "中".repeat(200);
        let e = DecodeError::new(200, "x", body.as_bytes());
        assert!(e.body_snippet.len() <= DecodeError::SNIPPET_BYTES + '…'.len_utf8());
        assert_eq!(e.body_snippet, format!("{}…", "中".repeat(85)));
        assert_eq!(
            DecodeError::new(502, "x", b"").to_string(),
            "unreadable response (HTTP 502): x; empty body"
        );
    }

    #[test]
    fn invalid_utf8_does_not_inflate_the_snippet() {
        // Found by the `envelopes` fuzz target: 256 invalid bytes became 768 bytes of U+FFFD.
        let e = DecodeError::new(200, "x", &[0x93; 300]);
        assert!(
            e.body_snippet.len() <= DecodeError::SNIPPET_BYTES + '…'.len_utf8(),
            "{}",
            e.body_snippet.len()
        );
    }

    #[test]
    fn transport_retryability() {
        assert!(TransportError::new(TransportErrorKind::Status(502), "").is_retryable());
        assert!(!TransportError::new(TransportErrorKind::Status(404), "").is_retryable());
        assert!(TransportError::new(TransportErrorKind::Connect, "").is_retryable());
    }
}
