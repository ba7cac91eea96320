//! The message-and-event URL, framework-agnostic: the authorizer's appid from the URL path, the
//! query string and the body in; the HTTP status and body out.

use std::future::Future;
use std::time::Duration;

use serde_json::Value;
use wx_runtime::callback::{xml_envelope_field, Admitted, CallbackQuery, CryptError, MsgCrypt, PushLimits};

use super::message::Push;
use super::release_check::{self, CheckAnswer};
use super::reply::Reply;
use super::{PushError, PushFormat};
use crate::token::{Clock, SystemClock};
use crate::wechat::customer_service::SendCustomMessage;
use crate::Client;

/// What the app answers a push.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Answer {
    /// Nothing, now or later: the body `success`.
    Nothing,
    /// A passive reply, sent encrypted within WeChat's 5 seconds.
    Reply(Reply),
    /// Nothing now: the app answers later with a customer-service message (the empty body the
    /// pages ask for when the answer takes longer than 5 seconds).
    Later,
}

/// What the handler did with a request.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum PushOutcome {
    /// A new push, handed to the app.
    Push(Box<Push>),
    /// A push of WeChat's release check, answered by the SDK (see [`PushHandler::release_check`]).
    ReleaseCheck(Box<Push>),
    /// A re-push of one already handled within the de-duplication window.
    Duplicate {
        /// The push's de-duplication key.
        dedup_id: String,
    },
    /// The URL check of the configuration.
    UrlVerified,
}

/// The HTTP answer, and what happened (for logs and metrics).
#[derive(Clone, Debug)]
pub struct PushReply {
    /// The HTTP status.
    pub status: u16,
    /// The body: `success`, empty, or the encrypted reply.
    pub body: String,
    /// The body's content type.
    pub content_type: &'static str,
    /// What happened.
    pub outcome: Result<PushOutcome, PushError>,
}

/// The third-party platform's message-and-event URL (`.../$APPID$/callback`).
pub struct PushHandler {
    crypt: MsgCrypt,
    client: Client,
    limits: PushLimits,
    release_check: bool,
}

impl std::fmt::Debug for PushHandler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PushHandler")
            .field("crypt", &self.crypt)
            .field("limits", &self.limits)
            .field("release_check", &self.release_check)
            .finish_non_exhaustive()
    }
}

impl PushHandler {
    /// Bodies over 64 KiB are refused, re-pushes within 10 minutes handled once, pushes signed more
    /// than 5 minutes from now refused, and the release check answered. `client` is the platform's
    /// (component credentials): it de-duplicates through its token store and answers the release
    /// check's customer-service case.
    pub fn new(crypt: MsgCrypt, client: Client) -> Self {
        PushHandler { crypt, client, limits: PushLimits::default(), release_check: true }
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

    /// How long a handled push is remembered (WeChat retries 3 times within about 15 seconds).
    pub fn dedup_window(mut self, window: Duration) -> Self {
        self.limits.dedup_window = window;
        self
    }

    /// How far a push's signed `timestamp` may be from now, either way. Longer than WeChat's retries
    /// and any sane clock drift; shorter than the de-duplication window, so a captured push cannot
    /// be replayed once its de-duplication entry expires.
    pub fn replay_window(mut self, window: Duration) -> Self {
        self.limits.replay_window = window;
        self
    }

    /// Whether WeChat's test accounts are answered as the release check requires (on by default;
    /// their pushes never reach the app).
    pub fn release_check(mut self, enabled: bool) -> Self {
        self.release_check = enabled;
        self
    }

    /// Handles one request for `authorizer_appid` (from the URL path). `query` is the raw query
    /// string. `app` is asked only for new pushes that the release check does not answer.
    pub async fn handle<F, Fut>(&self, authorizer_appid: &str, query: &str, body: &[u8], app: F) -> PushReply
    where
        F: FnOnce(Push) -> Fut,
        Fut: Future<Output = Answer>,
    {
        match self.process(authorizer_appid, &CallbackQuery::parse(query), body, app).await {
            Ok((outcome, body, content_type)) => {
                PushReply { status: 200, body, content_type, outcome: Ok(outcome) }
            }
            Err(error) => {
                let (status, body) = match &error {
                    PushError::Crypt(refused) => refused.http_answer(),
                    PushError::Store(_) | PushError::NoComponent => (500, "retry"),
                    PushError::MissingField(_) | PushError::Malformed(_) => (400, "bad request"),
                };
                PushReply { status, body: body.to_owned(), content_type: TEXT, outcome: Err(error) }
            }
        }
    }

    async fn process<F, Fut>(
        &self,
        authorizer_appid: &str,
        query: &CallbackQuery,
        body: &[u8],
        app: F,
    ) -> Result<(PushOutcome, String, &'static str), PushError>
    where
        F: FnOnce(Push) -> Fut,
        Fut: Future<Output = Answer>,
    {
        let timestamp = match self.limits.admit(&self.crypt, query, body, self.now())? {
            Admitted::UrlCheck(answer) => return Ok((PushOutcome::UrlVerified, answer, TEXT)),
            Admitted::Push { timestamp } => timestamp,
        };
        let push = self.open(authorizer_appid, query, body)?;
        let dedup_id = push.dedup_id();
        let tokens = self.client.tokens().ok_or(PushError::NoComponent)?;
        if !tokens.claim_event(&dedup_id, self.limits.dedup_window_ms()).await.map_err(PushError::Store)? {
            return Ok((PushOutcome::Duplicate { dedup_id }, "success".into(), TEXT));
        }
        let nonce = query.nonce.as_deref().unwrap_or_default();
        if self.release_check {
            if let Some(answer) = release_check::answer(&push) {
                let (body, content_type) = match answer {
                    CheckAnswer::Reply(reply) => self.encrypted(&push, &reply, timestamp, nonce),
                    CheckAnswer::QueryAuthCode(code) => {
                        self.answer_later(push.authorizer_appid.clone(), push.from_user_name.clone(), code);
                        (String::new(), TEXT)
                    }
                };
                return Ok((PushOutcome::ReleaseCheck(Box::new(push)), body, content_type));
            }
        }
        let answer = app(push.clone()).await;
        let (body, content_type) = match answer {
            Answer::Nothing => ("success".to_owned(), TEXT),
            Answer::Later => (String::new(), TEXT),
            Answer::Reply(reply) => self.encrypted(&push, &reply, timestamp, nonce),
        };
        Ok((PushOutcome::Push(Box::new(push)), body, content_type))
    }

    /// Now, Unix seconds, on the token manager's clock.
    fn now(&self) -> u64 {
        self.client.tokens().map_or_else(|| SystemClock.now_ms(), |tokens| tokens.now_ms()) / 1000
    }

    /// Verifies and decrypts a push (XML or JSON envelope) into its fields.
    pub fn open(
        &self,
        authorizer_appid: &str,
        query: &CallbackQuery,
        body: &[u8],
    ) -> Result<Push, PushError> {
        let body = std::str::from_utf8(body)
            .map_err(|_| CryptError::MalformedXml("the body is not UTF-8".into()))?;
        let encrypt = if body.trim_start().starts_with('{') {
            match serde_json::from_str::<Value>(body) {
                Ok(Value::Object(mut envelope)) => match envelope.remove("Encrypt") {
                    Some(Value::String(encrypt)) => encrypt,
                    _ => return Err(CryptError::MissingField("Encrypt").into()),
                },
                _ => return Err(PushError::Malformed("the JSON body is not an object".into())),
            }
        } else {
            xml_envelope_field(body, "Encrypt")?.ok_or(CryptError::MissingField("Encrypt"))?
        };
        Push::parse(authorizer_appid, &self.crypt.open(query, &encrypt)?)
    }

    /// The reply, encrypted in the push's format, from the account to the user, and its content
    /// type.
    fn encrypted(&self, push: &Push, reply: &Reply, timestamp: &str, nonce: &str) -> (String, &'static str) {
        let now = i64::try_from(self.now()).unwrap_or(i64::MAX);
        let xml = reply.to_xml(&push.from_user_name, &push.to_user_name, now);
        match push.format {
            PushFormat::Xml => {
                (self.crypt.encrypt_reply(&xml, timestamp, nonce), "application/xml; charset=utf-8")
            }
            PushFormat::Json => {
                let encrypt = self.crypt.encrypt(&xml);
                let signature = self.crypt.signature(timestamp, nonce, &encrypt);
                let body = serde_json::json!({"Encrypt": encrypt, "MsgSignature": signature, "TimeStamp": timestamp, "Nonce": nonce});
                (body.to_string(), "application/json")
            }
        }
    }

    /// The release check's customer-service case, in the background: exchange the code, then send
    /// `$code$_from_api` to the sender with the authorizer's token.
    fn answer_later(&self, authorizer_appid: String, to_user: String, code: String) {
        let client = self.client.clone();
        tokio::spawn(async move {
            let Some(tokens) = client.tokens() else { return };
            if let Err(error) = tokens.query_auth(code.as_str()).await {
                tracing::warn!(authorizer = %authorizer_appid, %error, "release check: api_query_auth failed");
                return;
            }
            let message = SendCustomMessage::text(to_user, release_check::from_api(&code));
            if let Err(error) = client.authorizer(authorizer_appid.as_str()).call(&message).await {
                tracing::warn!(authorizer = %authorizer_appid, %error, "release check: customer-service message failed");
            }
        });
    }
}

const TEXT: &str = "text/plain; charset=utf-8";

impl From<CryptError> for PushError {
    fn from(error: CryptError) -> Self {
        PushError::Crypt(error)
    }
}
