//! The call path, the one place that does I/O for an endpoint, read top to bottom: prepare
//! (validate, encode) → permission pre-check → attempts (credential → request → envelope), with
//! every retry decided in one loop → typed result.
//!
//! `CallPath` knows hosts and the transport but owns no credentials: the client passes its
//! credential source in, and the token manager passes itself, so token endpoints travel the same
//! road.

use std::fmt;
use std::sync::Arc;

use bytes::Bytes;
use url::form_urlencoded;

use crate::class::{classify, ErrorClass};
use crate::credential::{CredentialRequest, CredentialSource, ImAccount};
use crate::endpoint::{ApiFamily, CredentialKind, Endpoint, Metadata};
use crate::envelope::{self, Failure};
use crate::error::{CredentialError, DecodeError, Error, NotGranted, TransportError, TransportErrorKind};
use crate::error_table::ApiErrorKind;
use crate::http::{HttpRequest, HttpResponse, Method, RequestBody};
use crate::rate::{CommandLimiters, RateLimiter};
use crate::retry::RetryPolicy;
use crate::secret::Secret;
use crate::transport::Transport;
use crate::validate::Invalid;

pub(crate) struct CallPath {
    pub wechat_base: String,
    pub im_base: String,
    /// Tried once when the primary IM domain refuses the connection.
    pub im_backup_base: Option<String>,
    pub im_account: Option<ImAccount>,
    pub transport: Arc<dyn Transport>,
    pub wechat_limiter: Option<RateLimiter>,
    /// Tencent IM limits each command on its own.
    pub im_limiters: Option<CommandLimiters>,
}

/// A request ready for the wire: the endpoint's facts and its encoded fields. The exchange code
/// below is not generic, so it is compiled once, not once per endpoint.
pub(crate) struct PreparedRequest {
    pub meta: &'static Metadata,
    fields: EncodedFields,
}

/// Validates and encodes `request` (the only per-endpoint work before the exchange).
pub(crate) fn prepare<E: Endpoint>(request: &E) -> Result<PreparedRequest, Error<AnyCode>> {
    request.validate()?;
    Ok(PreparedRequest { meta: E::METADATA, fields: EncodedFields::of(request)? })
}

/// The error kind of the shared exchange code: just the code. [`Error::typed`] maps it to the
/// endpoint's enum at the end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct AnyCode(i64);

impl fmt::Display for AnyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "error code {}", self.0)
    }
}

impl ApiErrorKind for AnyCode {
    const DOCS: &'static [crate::ErrorDoc] = &[];

    fn from_code(code: i64) -> Self {
        AnyCode(code)
    }

    fn code(&self) -> i64 {
        self.0
    }

    fn is_documented(&self) -> bool {
        false
    }
}

impl Error<AnyCode> {
    /// The same error with the endpoint's documented kind.
    pub(crate) fn typed<K: ApiErrorKind>(self) -> Error<K> {
        match self {
            Error::Api { kind, message, rid, family } => {
                Error::Api { kind: K::from_code(kind.code()), message, rid, family }
            }
            Error::Invalid(e) => Error::Invalid(e),
            Error::NotGranted(e) => Error::NotGranted(e),
            Error::Credential(e) => Error::Credential(e),
            Error::Transport(e) => Error::Transport(e),
            Error::Decode(e) => Error::Decode(e),
        }
    }
}

impl CallPath {
    /// Calls `request` for `authorizer` (if given) and decodes the answer.
    pub async fn execute<E: Endpoint>(
        &self,
        credentials: &dyn CredentialSource,
        authorizer: Option<&str>,
        request: &E,
        options: CallOptions,
    ) -> Result<E::Response, Error<E::Error>> {
        let prepared = prepare(request).map_err(Error::typed)?;
        let response = self.run(credentials, authorizer, &prepared, options).await.map_err(Error::typed)?;
        decode::<E>(&response)
    }

    /// Attempts until one succeeds or none may follow; the successful response undecoded. One loop
    /// decides every retry: a credential the server calls stale is renewed and the request sent
    /// again at once (once per call, even under a policy of no retries: the first attempt carried
    /// a token the server no longer takes), and the policy retries busy answers and transport
    /// failures. Every attempt counts against the policy's attempts and deadline and has its
    /// tracing span (endpoint, family, app id, attempt, error class, code, latency; never a
    /// credential or a URL). Not generic: compiled once for every endpoint.
    pub async fn run(
        &self,
        credentials: &dyn CredentialSource,
        authorizer: Option<&str>,
        call: &PreparedRequest,
        options: CallOptions,
    ) -> Result<HttpResponse, Error<AnyCode>> {
        use tracing::Instrument as _;
        if options.permission_precheck {
            check_granted(credentials, authorizer, call.meta).await?;
        }
        let credential = credential_request(call.meta.credential, authorizer);
        let policy = options.retry;
        let started = std::time::Instant::now();
        let mut renewed = false;
        let mut attempt = 1;
        loop {
            let span = tracing::info_span!(
                "wx.call",
                endpoint = call.meta.name,
                family = call.meta.family.as_str(),
                app_id = authorizer.unwrap_or("-"),
                attempt,
                error_class = tracing::field::Empty,
                code = tracing::field::Empty,
                latency_ms = tracing::field::Empty,
            );
            // The clock is read for the span only when a subscriber wants the span.
            let attempt_started = (!span.is_disabled()).then(std::time::Instant::now);
            let result = self.attempt(credentials, credential, call).instrument(span.clone()).await;
            if let Some(attempt_started) = attempt_started {
                span.record("latency_ms", attempt_started.elapsed().as_millis() as u64);
            }
            let Failed { error, stale } = match result {
                Ok(response) => return Ok(response),
                Err(failed) => failed,
            };
            span.record("error_class", error.class().as_str());
            if let Some(code) = error.code() {
                span.record("code", code);
            }
            if let (false, Some(credential), Some(stale)) = (renewed, credential, stale) {
                if started.elapsed() < policy.deadline && credentials.invalidate(credential, &stale).await {
                    span.in_scope(|| tracing::debug!("stale credential renewed; sending again"));
                    renewed = true;
                    attempt += 1;
                    continue;
                }
            }
            let remaining = policy.deadline.saturating_sub(started.elapsed());
            match policy.next_delay(&error, attempt, call.meta.idempotent, remaining) {
                Some(delay) => {
                    span.in_scope(|| tracing::debug!(delay_ms = delay.as_millis() as u64, "retrying"));
                    tokio::time::sleep(delay).await;
                    attempt += 1;
                }
                None => {
                    span.in_scope(|| tracing::debug!(error_class = error.class().as_str(), "call failed"));
                    return Err(error);
                }
            }
        }
    }

    /// One attempt: the credential, one exchange, the envelope.
    async fn attempt(
        &self,
        credentials: &dyn CredentialSource,
        credential: Option<CredentialRequest<'_>>,
        call: &PreparedRequest,
    ) -> Result<HttpResponse, Failed> {
        let secret = match credential {
            Some(credential) => Some(match credentials.credential_now(credential) {
                Some(secret) => secret,
                None => credentials.credential(credential).await.map_err(Failed::from)?,
            }),
            None => None,
        };
        match self.exchange(call, secret.as_ref()).await.map_err(Failed::from)? {
            Ok(response) => Ok(response),
            Err(failure) => {
                let stale = classify(call.meta.family, failure.code) == ErrorClass::StaleCredential;
                Err(Failed { error: api_error(call.meta.family, failure), stale: secret.filter(|_| stale) })
            }
        }
    }

    /// One exchange: the successful response, or the failure the envelope reported.
    async fn exchange(
        &self,
        call: &PreparedRequest,
        secret: Option<&Secret>,
    ) -> Result<Result<HttpResponse, Failure>, Error<AnyCode>> {
        let base = match call.meta.family {
            ApiFamily::WeChat => {
                if let Some(limiter) = &self.wechat_limiter {
                    limiter.acquire().await;
                }
                &self.wechat_base
            }
            ApiFamily::TencentIm => {
                if let Some(limiters) = &self.im_limiters {
                    limiters.acquire(call.meta.path, call.meta.calls_per_second).await;
                }
                &self.im_base
            }
        };
        let response = match self.transport.send(self.http_request(base, call, secret)?).await {
            // The connection never opened, so the request never arrived: the backup domain is safe.
            Err(error)
                if error.kind() == TransportErrorKind::Connect
                    && call.meta.family == ApiFamily::TencentIm =>
            {
                match &self.im_backup_base {
                    Some(backup) => self.transport.send(self.http_request(backup, call, secret)?).await?,
                    None => return Err(error.into()),
                }
            }
            other => other?,
        };
        let status = response.status;
        if !(200..300).contains(&status) {
            let snippet = if call.meta.sensitive {
                String::new()
            } else {
                DecodeError::new(status, "", &response.body).body_snippet
            };
            return Err(TransportError::new(TransportErrorKind::Status(status), snippet).into());
        }
        let body: &[u8] = &response.body;
        // An image endpoint answers JSON only to report a failure.
        let is_payload = call.meta.binary
            && (response.content_type.as_deref().is_some_and(|t| t.starts_with("image/"))
                || body.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{'));
        let redact = |error: DecodeError| if call.meta.sensitive { error.redacted() } else { error };
        if !is_payload {
            if let Some(failure) = envelope::check(call.meta.family, status, body).map_err(redact)? {
                return Ok(Err(failure));
            }
        }
        Ok(Ok(response))
    }

    fn http_request(
        &self,
        base: &str,
        call: &PreparedRequest,
        secret: Option<&Secret>,
    ) -> Result<HttpRequest, Error<AnyCode>> {
        // The URL in one allocation: base, path, then the query appended in place.
        let fields = &call.fields;
        let mut url = String::with_capacity(
            base.len() + call.meta.path.len() + call.meta.query.len() + 160 + fields.query.len(),
        );
        url.push_str(base);
        url.push_str(call.meta.path);
        url.push('?');
        let query_start = url.len();
        // The document's fixed parameters first, as its request line shows them.
        url.push_str(call.meta.query);
        let mut query = form_urlencoded::Serializer::for_suffix(url, query_start);
        match call.meta.family {
            ApiFamily::WeChat => {
                if let Some(secret) = secret {
                    query.append_pair(call.meta.credential_param, secret.expose());
                }
            }
            ApiFamily::TencentIm => {
                let account = self.im_account.as_ref().ok_or_else(|| {
                    CredentialError::new(
                        "Tencent IM is not configured: set ClientBuilder::im(sdkappid, identifier)",
                    )
                    .with_class(ErrorClass::Configuration)
                })?;
                query
                    .append_pair("sdkappid", &account.sdkappid.to_string())
                    .append_pair("identifier", &account.identifier);
                if let Some(secret) = secret {
                    query.append_pair("usersig", secret.expose());
                }
                query
                    .append_pair("random", &fastrand::u32(..).to_string())
                    .append_pair("contenttype", "json");
            }
        }
        let mut url = query.finish();
        if !fields.query.is_empty() {
            if url.len() > query_start {
                url.push('&');
            }
            url.push_str(&fields.query);
        }
        if url.len() == query_start {
            url.pop(); // no query: drop the '?'
        }
        let body = fields.body.clone();
        Ok(HttpRequest { method: call.meta.method, url, body })
    }
}

/// How a call runs: its retry policy, and whether the permission pre-check applies (the client's
/// settings; token fetches run without either).
#[derive(Clone, Copy, Debug)]
pub(crate) struct CallOptions {
    pub retry: RetryPolicy,
    pub permission_precheck: bool,
}

/// A failed attempt, and the credential it carried when the server called that stale.
struct Failed {
    error: Error<AnyCode>,
    stale: Option<Secret>,
}

impl<T: Into<Error<AnyCode>>> From<T> for Failed {
    fn from(error: T) -> Self {
        Failed { error: error.into(), stale: None }
    }
}

/// When the authorizer's granted sets are known and hold none of the endpoint's, nothing is sent.
async fn check_granted(
    credentials: &dyn CredentialSource,
    authorizer: Option<&str>,
    meta: &'static Metadata,
) -> Result<(), Error<AnyCode>> {
    let (Some(appid), false) = (authorizer, meta.perm_sets.is_empty()) else { return Ok(()) };
    match credentials.granted_perm_sets(appid).await? {
        Some(granted) if !meta.perm_sets.iter().any(|set| granted.contains(set)) => {
            Err(Error::NotGranted(NotGranted::new(meta.name, appid, meta.perm_sets, granted.to_vec())))
        }
        _ => Ok(()),
    }
}

/// Reads the payload of a successful response.
pub(crate) fn decode<E: Endpoint>(response: &HttpResponse) -> Result<E::Response, Error<E::Error>> {
    let status = response.status;
    match E::decode_response(response) {
        Ok(payload) => Ok(payload),
        // serde's message can quote the offending value, which may be a token.
        Err(e) if E::METADATA.sensitive => Err(DecodeError::new(
            status,
            format!("bad payload: {:?} error at line {} column {}", e.classify(), e.line(), e.column()),
            b"",
        )
        .into()),
        Err(e) => Err(DecodeError::new(status, format!("bad payload: {e}"), &response.body).into()),
    }
}

/// The request's fields, encoded once (a stale-credential retry reuses them): the query
/// parameters of its own (a GET's fields, a POST's `#[wx(query)]` fields) and the body.
struct EncodedFields {
    query: String,
    body: RequestBody,
}

impl EncodedFields {
    fn of<E: Endpoint>(request: &E) -> Result<Self, Error<AnyCode>> {
        let unencodable = |e: &dyn fmt::Display| Error::Invalid(Invalid::unencodable(e.to_string()));
        if let Some(parts) = request.form_parts() {
            return Ok(EncodedFields { query: request.query_fields()?, body: RequestBody::Multipart(parts) });
        }
        match E::METADATA.method {
            Method::Get => {
                let query = serde_urlencoded::to_string(request).map_err(|e| unencodable(&e))?;
                Ok(EncodedFields { query, body: RequestBody::None })
            }
            Method::Post => {
                // Sized for a typical request: growing from empty would reallocate several times.
                let mut body = Vec::with_capacity(256);
                serde_json::to_writer(&mut body, request).map_err(|e| unencodable(&e))?;
                // A unit struct serializes as `null`; WeChat answers an empty body with 44002 and IM
                // requires a body: both want `{}`.
                let body = if body == b"null" { Bytes::from_static(b"{}") } else { body.into() };
                Ok(EncodedFields { query: request.query_fields()?, body: RequestBody::Json(body) })
            }
        }
    }
}

/// The JSON body a call of `request` sends, byte for byte (what body signatures sign).
pub(crate) fn json_body<E: Endpoint>(request: &E) -> Result<Bytes, Invalid> {
    let not_json = || Invalid::unencodable(format!("{} sends no JSON body", E::NAME));
    match EncodedFields::of(request) {
        Ok(EncodedFields { body: RequestBody::Json(body), .. }) => Ok(body),
        Ok(_) => Err(not_json()),
        Err(Error::Invalid(invalid)) => Err(invalid),
        Err(other) => Err(Invalid::unencodable(other.to_string())),
    }
}

/// A request's fields as the runtime puts them on the wire.
#[derive(Clone, Debug, PartialEq)]
pub struct EncodedRequest {
    /// The query parameters after the fixed query and the credential, in order: a GET's fields,
    /// a POST's `#[wx(query)]` fields.
    pub query: Vec<(String, String)>,
    /// The body.
    pub body: EncodedBody,
}

/// The body of an [`EncodedRequest`].
#[derive(Clone, Debug, PartialEq)]
pub enum EncodedBody {
    /// No body (GET).
    None,
    /// A JSON body.
    Json(serde_json::Value),
    /// A multipart upload: the names of its parts.
    Multipart(Vec<String>),
}

/// `request`'s fields as a call encodes them, for tools that compare them with documented samples.
pub(crate) fn encoded_request<E: Endpoint>(request: &E) -> Result<EncodedRequest, String> {
    let fields = EncodedFields::of(request).map_err(|e| e.to_string())?;
    let body = match fields.body {
        RequestBody::None => EncodedBody::None,
        RequestBody::Json(body) => {
            EncodedBody::Json(serde_json::from_slice(&body).map_err(|e| e.to_string())?)
        }
        RequestBody::Multipart(parts) => {
            EncodedBody::Multipart(parts.iter().map(|p| p.name.to_owned()).collect())
        }
    };
    let query = form_urlencoded::parse(fields.query.as_bytes()).into_owned().collect();
    Ok(EncodedRequest { query, body })
}

/// Which credential a call needs: an `Authorizer` endpoint called through the bare client uses the
/// app's own token, as the documents describe.
fn credential_request(kind: CredentialKind, authorizer: Option<&str>) -> Option<CredentialRequest<'_>> {
    match kind {
        CredentialKind::Authorizer => Some(match authorizer {
            Some(appid) => CredentialRequest::Authorizer { appid },
            None => CredentialRequest::App,
        }),
        CredentialKind::App => Some(CredentialRequest::App),
        CredentialKind::Component => Some(CredentialRequest::Component),
        CredentialKind::ImAdmin => Some(CredentialRequest::ImAdmin),
        CredentialKind::None => None,
    }
}

fn api_error<K: ApiErrorKind>(family: ApiFamily, failure: Failure) -> Error<K> {
    Error::Api { kind: K::from_code(failure.code), message: failure.message, rid: failure.rid, family }
}
