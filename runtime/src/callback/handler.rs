//! A framework-agnostic callback endpoint: query string and body in, status and reply out.
//! Verifies, decrypts and reads the push, handles each event once, and feeds the token lifecycle:
//! tickets are stored, authorizations exchanged (`api_query_auth`), revocations forgotten.

use std::fmt;
use std::time::Duration;

use url::form_urlencoded;

use super::event::ComponentEvent;
use super::xml::{self, required};
use super::{CryptError, MsgCrypt};
use crate::error::CredentialError;
use crate::token::TokenManager;

/// The query parameters WeChat adds to a callback URL.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CallbackQuery {
    /// The `timestamp` parameter.
    pub timestamp: Option<String>,
    /// The `nonce` parameter.
    pub nonce: Option<String>,
    /// The safe-mode signature (`msg_signature`).
    pub msg_signature: Option<String>,
    /// The plain-mode signature (URL check).
    pub signature: Option<String>,
    /// The `echostr` of the URL check.
    pub echostr: Option<String>,
}

impl CallbackQuery {
    /// Reads the parameters out of a raw query string; others are ignored.
    pub fn parse(query: &str) -> Self {
        let mut parsed = CallbackQuery::default();
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            let slot = match &*key {
                "timestamp" => &mut parsed.timestamp,
                "nonce" => &mut parsed.nonce,
                "msg_signature" => &mut parsed.msg_signature,
                "signature" => &mut parsed.signature,
                "echostr" => &mut parsed.echostr,
                _ => continue,
            };
            *slot = Some(value.into_owned());
        }
        parsed
    }
}

/// What the handler did with a push.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Handled {
    /// A new event, applied to the token lifecycle (unknown InfoTypes are passed through untouched).
    Event(ComponentEvent),
    /// A re-push of an event already handled within the de-duplication window.
    Duplicate {
        /// The event's InfoType.
        info_type: String,
    },
    /// The URL check of the callback configuration.
    UrlVerified,
}

/// Why a push was refused or failed.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum CallbackError {
    /// The push could not be verified or read; replying with an error is right (status 400).
    Crypt(CryptError),
    /// The push was valid but applying it failed (query_auth, the store): status 500, so WeChat
    /// pushes it again and nothing is lost.
    Apply(CredentialError),
}

impl fmt::Display for CallbackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CallbackError::Crypt(e) => write!(f, "callback refused: {e}"),
            CallbackError::Apply(e) => write!(f, "callback not applied: {e}"),
        }
    }
}

impl std::error::Error for CallbackError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            CallbackError::Crypt(e) => Some(e),
            CallbackError::Apply(e) => Some(e),
        }
    }
}

impl From<CryptError> for CallbackError {
    fn from(e: CryptError) -> Self {
        CallbackError::Crypt(e)
    }
}

/// The HTTP answer, and what happened (for logs and metrics).
#[derive(Clone, Debug)]
pub struct CallbackReply {
    /// The HTTP status to answer.
    pub status: u16,
    /// The body to answer (`success` for a handled push).
    pub body: String,
    /// What happened to the push.
    pub outcome: Result<Handled, CallbackError>,
}

impl CallbackReply {
    fn from_outcome(outcome: Result<(Handled, String), CallbackError>) -> Self {
        match outcome {
            Ok((handled, body)) => CallbackReply { status: 200, body, outcome: Ok(handled) },
            Err(error) => {
                let (status, body) = match &error {
                    CallbackError::Crypt(refused) => refused.http_answer(),
                    CallbackError::Apply(_) => (500, "retry"),
                };
                CallbackReply { status, body: body.to_owned(), outcome: Err(error) }
            }
        }
    }
}

/// What both push URLs check before reading a push, and how long they remember one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PushLimits {
    /// Bodies larger than this are refused before any decryption (64 KiB).
    pub max_body: usize,
    /// How long a handled push is remembered (10 minutes; WeChat re-pushes 3 times within about
    /// 15 seconds).
    pub dedup_window: Duration,
    /// How far a push's signed `timestamp` may be from now, either way (5 minutes). Longer than
    /// WeChat's retries and any sane clock drift; shorter than the de-duplication window, so a
    /// captured push cannot be replayed once its de-duplication entry has expired.
    pub replay_window: Duration,
}

impl Default for PushLimits {
    fn default() -> Self {
        PushLimits {
            max_body: 64 * 1024,
            dedup_window: Duration::from_secs(600),
            replay_window: Duration::from_secs(300),
        }
    }
}

/// A request past [`PushLimits::admit`].
#[derive(Debug, PartialEq, Eq)]
pub enum Admitted<'q> {
    /// The URL check of the callback configuration, and its answer.
    UrlCheck(String),
    /// A push, signed at this `timestamp`, to be opened.
    Push {
        /// The signed `timestamp` query parameter.
        timestamp: &'q str,
    },
}

impl PushLimits {
    /// The size limit, the URL check, then freshness: a push signed further than the replay
    /// window from `now` (Unix seconds) is [`CryptError::Stale`].
    pub fn admit<'q>(
        &self,
        crypt: &MsgCrypt,
        query: &'q CallbackQuery,
        body: &[u8],
        now: u64,
    ) -> Result<Admitted<'q>, CryptError> {
        if body.len() > self.max_body {
            return Err(CryptError::TooLarge { limit: self.max_body });
        }
        if let Some(echostr) = &query.echostr {
            return Ok(Admitted::UrlCheck(crypt.answer_url_check(query, echostr)?));
        }
        let timestamp = query.timestamp.as_deref().ok_or(CryptError::MissingField("timestamp"))?;
        let signed: u64 = timestamp.trim().parse().map_err(|_| CryptError::MissingField("timestamp"))?;
        if now.abs_diff(signed) > self.replay_window.as_secs() {
            return Err(CryptError::Stale { timestamp: signed, now });
        }
        Ok(Admitted::Push { timestamp })
    }

    /// The de-duplication window in milliseconds, as the token store takes it.
    pub fn dedup_window_ms(&self) -> u64 {
        u64::try_from(self.dedup_window.as_millis()).unwrap_or(u64::MAX)
    }
}

/// The third-party platform's authorization-event URL.
pub struct CallbackHandler {
    crypt: MsgCrypt,
    tokens: TokenManager,
    limits: PushLimits,
}

impl fmt::Debug for CallbackHandler {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CallbackHandler")
            .field("crypt", &self.crypt)
            .field("limits", &self.limits)
            .finish_non_exhaustive()
    }
}

impl CallbackHandler {
    /// Bodies over 64 KiB are refused; re-pushes within 10 minutes are handled once; pushes signed
    /// more than 5 minutes from now are refused.
    pub fn new(crypt: MsgCrypt, tokens: TokenManager) -> Self {
        CallbackHandler { crypt, tokens, limits: PushLimits::default() }
    }

    /// How far a push's signed `timestamp` may be from now (on the token manager's clock), either
    /// way. Longer than WeChat's retries (3, within about 15 seconds) and any sane clock drift;
    /// shorter than the de-duplication window, so a captured push cannot be replayed once its
    /// de-duplication entry has expired.
    pub fn replay_window(mut self, window: Duration) -> Self {
        self.limits.replay_window = window;
        self
    }

    /// Bodies larger than this are refused before any decryption.
    pub fn max_body(mut self, bytes: usize) -> Self {
        self.limits.max_body = bytes;
        self
    }

    /// The body size above which requests are refused.
    pub fn max_body_bytes(&self) -> usize {
        self.limits.max_body
    }

    /// How long a handled event is remembered (WeChat re-pushes up to 3 times, 5 s apart).
    pub fn dedup_window(mut self, window: Duration) -> Self {
        self.limits.dedup_window = window;
        self
    }

    /// Handles one request to the callback URL. `query` is the raw query string; `body` is empty
    /// for the GET URL check.
    pub async fn handle(&self, query: &str, body: &[u8]) -> CallbackReply {
        CallbackReply::from_outcome(self.process(&CallbackQuery::parse(query), body).await)
    }

    async fn process(&self, query: &CallbackQuery, body: &[u8]) -> Result<(Handled, String), CallbackError> {
        if let Admitted::UrlCheck(answer) =
            self.limits.admit(&self.crypt, query, body, self.tokens.now_ms() / 1000)?
        {
            return Ok((Handled::UrlVerified, answer));
        }
        let event = self.open(query, body)?;
        let id = event.dedup_id();
        let window_ms = self.limits.dedup_window_ms();
        if !self.tokens.claim_event(&id, window_ms).await.map_err(CallbackError::Apply)? {
            return Ok((Handled::Duplicate { info_type: event.info_type().to_owned() }, "success".into()));
        }
        if let Err(error) = self.apply(&event).await {
            // Let the next re-push try again.
            let _ = self.tokens.release_event(&id).await;
            return Err(CallbackError::Apply(error));
        }
        Ok((Handled::Event(event), "success".into()))
    }

    /// Verifies and decrypts a POSTed push into its event.
    pub fn open(&self, query: &CallbackQuery, body: &[u8]) -> Result<ComponentEvent, CryptError> {
        if body.len() > self.limits.max_body {
            return Err(CryptError::TooLarge { limit: self.limits.max_body });
        }
        let body = std::str::from_utf8(body)
            .map_err(|_| CryptError::MalformedXml("the body is not UTF-8".into()))?;
        let fields = xml::tree(body)?;
        ComponentEvent::parse(&self.crypt.open(query, required(&fields, "Encrypt")?)?)
    }

    async fn apply(&self, event: &ComponentEvent) -> Result<(), CredentialError> {
        match event {
            ComponentEvent::VerifyTicket { ticket, .. } => {
                self.tokens.set_verify_ticket(ticket.clone()).await
            }
            ComponentEvent::Authorized(authorization) | ComponentEvent::UpdateAuthorized(authorization) => {
                self.tokens
                    .query_auth(authorization.authorization_code.clone())
                    .await
                    .map(drop)
                    .map_err(|e| CredentialError::from_call("api_query_auth", e))
            }
            ComponentEvent::Unauthorized { authorizer_appid, .. } => {
                self.tokens.remove_authorizer(authorizer_appid).await
            }
            ComponentEvent::Other { .. } => Ok(()),
        }
    }
}
