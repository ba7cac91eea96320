//! The client: configuration, and the one place that does I/O for an endpoint call.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use url::form_urlencoded;

use crate::class::{classify, ErrorClass};
use crate::credential::{CredentialRequest, CredentialSource, StaticCredentials};
use crate::endpoint::{ApiErrorKind, ApiFamily, CredentialKind, Endpoint, Method};
use crate::envelope::{self, Failure};
use crate::error::{DecodeError, Error, TransportError, TransportErrorKind};
use crate::secret::Secret;
use crate::transport::{HttpRequest, ReqwestTransport, Transport, TransportConfig};

/// WeChat's API host.
pub const DEFAULT_WECHAT_BASE: &str = "https://api.weixin.qq.com";
/// Tencent IM's China region domain.
pub const DEFAULT_IM_BASE: &str = "https://console.tim.qq.com";

/// The Tencent IM application and administrator the client acts as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImAccount {
    pub sdkappid: u64,
    /// An App administrator account.
    pub identifier: String,
}

/// Calls endpoints. Cheap to clone: clones share one connection pool and one credential source.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    wechat_base: String,
    im_base: String,
    im_account: Option<ImAccount>,
    credentials: Arc<dyn CredentialSource>,
    transport: Arc<dyn Transport>,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("wechat_base", &self.inner.wechat_base)
            .field("im_base", &self.inner.im_base)
            .field("im_account", &self.inner.im_account)
            .finish_non_exhaustive()
    }
}

/// Something an endpoint can be called through: the [`Client`] (the app's own token) or an
/// [`Authorizer`] (a merchant's token).
pub trait Target: Sync {
    fn client(&self) -> &Client;
    /// The merchant to act for, if any.
    fn authorizer_appid(&self) -> Option<&str>;
}

impl Target for Client {
    fn client(&self) -> &Client {
        self
    }

    fn authorizer_appid(&self) -> Option<&str> {
        None
    }
}

/// The client acting for one authorizer (a merchant's Mini Program or Official Account).
#[derive(Clone, Debug)]
pub struct Authorizer {
    client: Client,
    appid: Arc<str>,
}

impl Authorizer {
    pub fn appid(&self) -> &str {
        &self.appid
    }

    pub async fn call<E: Endpoint>(&self, request: &E) -> Result<E::Response, Error<E::Error>> {
        self.client.execute(Some(&self.appid), request).await
    }
}

impl Target for Authorizer {
    fn client(&self) -> &Client {
        &self.client
    }

    fn authorizer_appid(&self) -> Option<&str> {
        Some(&self.appid)
    }
}

impl Client {
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A handle that calls endpoints with `appid`'s authorizer_access_token.
    pub fn authorizer(&self, appid: impl Into<Arc<str>>) -> Authorizer {
        Authorizer { client: self.clone(), appid: appid.into() }
    }

    /// Calls `request` with the app's own credentials.
    pub async fn call<E: Endpoint>(&self, request: &E) -> Result<E::Response, Error<E::Error>> {
        self.execute(None, request).await
    }

    /// validate → credential → encode → send → envelope → (stale credential: invalidate, retry
    /// once) → typed result.
    pub(crate) async fn execute<E: Endpoint>(
        &self,
        authorizer: Option<&str>,
        request: &E,
    ) -> Result<E::Response, Error<E::Error>> {
        request.validate()?;
        let fields = encode_fields(request)?;
        let credential = credential_request(E::CREDENTIAL, authorizer);
        let mut renewed = false;
        loop {
            let secret = match credential {
                Some(credential) => Some(self.inner.credentials.credential(credential).await?),
                None => None,
            };
            let http = self.http_request::<E>(&fields, secret.as_ref())?;
            let response = self.inner.transport.send(http).await?;
            if !(200..300).contains(&response.status) {
                let snippet = DecodeError::new(response.status, "", &response.body).body_snippet;
                return Err(TransportError::new(TransportErrorKind::Status(response.status), snippet).into());
            }
            let failure = match envelope::check(E::FAMILY, response.status, &response.body)? {
                None => {
                    return E::decode_response(&response.body).map_err(|e| {
                        DecodeError::new(response.status, format!("bad payload: {e}"), &response.body).into()
                    })
                }
                Some(failure) => failure,
            };
            let stale = classify(E::FAMILY, failure.code) == ErrorClass::StaleCredential;
            if let (true, false, Some(credential), Some(secret)) = (stale, renewed, credential, &secret) {
                if self.inner.credentials.invalidate(credential, secret).await {
                    renewed = true;
                    continue;
                }
            }
            return Err(api_error::<E::Error>(E::FAMILY, failure));
        }
    }

    fn http_request<E: Endpoint>(
        &self,
        fields: &EncodedFields,
        secret: Option<&Secret>,
    ) -> Result<HttpRequest, Error<E::Error>> {
        let mut query = form_urlencoded::Serializer::new(String::new());
        let base = match E::FAMILY {
            ApiFamily::WeChat => {
                if let Some(secret) = secret {
                    let name = match E::CREDENTIAL {
                        CredentialKind::Component => "component_access_token",
                        _ => "access_token",
                    };
                    query.append_pair(name, secret.expose());
                }
                &self.inner.wechat_base
            }
            ApiFamily::TencentIm => {
                let account = self.inner.im_account.as_ref().ok_or_else(|| {
                    crate::error::CredentialError::new(
                        "Tencent IM is not configured: set ClientBuilder::im(sdkappid, identifier)",
                    )
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
                &self.inner.im_base
            }
        };
        let mut query = query.finish();
        let json_body = match fields {
            EncodedFields::Query(fields) => {
                if !fields.is_empty() {
                    query.push('&');
                    query.push_str(fields);
                }
                None
            }
            EncodedFields::Json(body) => Some(body.clone()),
        };
        let url = if query.is_empty() {
            format!("{base}{}", E::PATH)
        } else {
            format!("{base}{}?{query}", E::PATH)
        };
        Ok(HttpRequest { method: E::METHOD, url, json_body })
    }
}

/// The request's fields, encoded once (a stale-credential retry reuses them).
enum EncodedFields {
    Query(String),
    Json(Bytes),
}

fn encode_fields<E: Endpoint>(request: &E) -> Result<EncodedFields, Error<E::Error>> {
    let encode_error =
        |e: &dyn fmt::Display| Error::Invalid(crate::validate::Invalid::unencodable(format!("{e}")));
    match E::METHOD {
        Method::Get => {
            serde_urlencoded::to_string(request).map(EncodedFields::Query).map_err(|e| encode_error(&e))
        }
        Method::Post => {
            let body = serde_json::to_vec(request).map_err(|e| encode_error(&e))?;
            // A unit struct serializes as `null`; WeChat answers an empty body with 44002 and IM
            // requires a body: both want `{}`.
            if body == b"null" {
                return Ok(EncodedFields::Json(Bytes::from_static(b"{}")));
            }
            Ok(EncodedFields::Json(body.into()))
        }
    }
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
    Error::Api {
        kind: K::from_code(failure.code),
        code: failure.code,
        message: failure.message,
        rid: failure.rid,
        family,
    }
}

/// Configures a [`Client`]. Base URLs come from, in order: the builder, `WX_API_BASE` /
/// `TIM_API_BASE`, the public defaults.
#[derive(Default)]
pub struct ClientBuilder {
    wechat_base: Option<String>,
    im_base: Option<String>,
    im_account: Option<ImAccount>,
    credentials: Option<Arc<dyn CredentialSource>>,
    transport: Option<Arc<dyn Transport>>,
    transport_config: TransportConfig,
}

impl ClientBuilder {
    pub fn wechat_base_url(mut self, url: impl Into<String>) -> Self {
        self.wechat_base = Some(url.into());
        self
    }

    pub fn im_base_url(mut self, url: impl Into<String>) -> Self {
        self.im_base = Some(url.into());
        self
    }

    /// The Tencent IM app and administrator account; needed for IM endpoints.
    pub fn im(mut self, sdkappid: u64, identifier: impl Into<String>) -> Self {
        self.im_account = Some(ImAccount { sdkappid, identifier: identifier.into() });
        self
    }

    pub fn credentials(mut self, source: impl CredentialSource) -> Self {
        self.credentials = Some(Arc::new(source));
        self
    }

    /// Replaces the reqwest transport (the timeouts and size cap below then do not apply).
    pub fn transport(mut self, transport: impl Transport) -> Self {
        self.transport = Some(Arc::new(transport));
        self
    }

    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.transport_config.connect_timeout = timeout;
        self
    }

    /// The deadline of one HTTP exchange (default 10 s; Tencent IM's backend alone may take 3 s).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.transport_config.timeout = timeout;
        self
    }

    /// Responses larger than this are refused (default 4 MiB).
    pub fn max_response_bytes(mut self, bytes: usize) -> Self {
        self.transport_config.max_response_bytes = bytes;
        self
    }

    pub fn build(self) -> Result<Client, BuildError> {
        let wechat_base = base_url(self.wechat_base, "WX_API_BASE", DEFAULT_WECHAT_BASE)?;
        let im_base = base_url(self.im_base, "TIM_API_BASE", DEFAULT_IM_BASE)?;
        let transport: Arc<dyn Transport> = match self.transport {
            Some(transport) => transport,
            None => Arc::new(ReqwestTransport::new(&self.transport_config).map_err(BuildError::Transport)?),
        };
        let credentials = self.credentials.unwrap_or_else(|| Arc::new(StaticCredentials::new()));
        Ok(Client {
            inner: Arc::new(Inner {
                wechat_base,
                im_base,
                im_account: self.im_account,
                credentials,
                transport,
            }),
        })
    }
}

/// Picks the configured, environment or default base URL, checks it, and drops a trailing `/`.
fn base_url(configured: Option<String>, variable: &'static str, default: &str) -> Result<String, BuildError> {
    let (url, origin) = match configured {
        Some(url) => (url, "the builder"),
        None => match std::env::var(variable) {
            Ok(url) if !url.is_empty() => (url, variable),
            _ => (default.to_owned(), "the default"),
        },
    };
    let parsed = url::Url::parse(&url).map_err(|e| BuildError::BaseUrl { origin, reason: e.to_string() })?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(BuildError::BaseUrl {
            origin,
            reason: format!("scheme `{}` is not http or https", parsed.scheme()),
        });
    }
    if parsed.query().is_some() || parsed.fragment().is_some() {
        return Err(BuildError::BaseUrl { origin, reason: "a base URL has no query or fragment".into() });
    }
    Ok(url.trim_end_matches('/').to_owned())
}

/// The client could not be built.
#[derive(Debug)]
#[non_exhaustive]
pub enum BuildError {
    BaseUrl { origin: &'static str, reason: String },
    Transport(TransportError),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::BaseUrl { origin, reason } => write!(f, "bad base URL from {origin}: {reason}"),
            BuildError::Transport(e) => write!(f, "could not build the HTTP client: {e}"),
        }
    }
}

impl std::error::Error for BuildError {}
