//! `ClientBuilder`: base URLs, credentials, token settings, transport and retry policy, checked
//! once when the client is built.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use super::{Client, Inner, DEFAULT_IM_BASE, DEFAULT_WECHAT_BASE};
use crate::call::CallPath;
use crate::credential::{CredentialSource, ImAccount, StaticCredentials};
use crate::endpoint::ApiFamily;
use crate::error::TransportError;
use crate::im::ImRegion;
use crate::rate::{CommandLimiters, RateLimit, RateLimiter};
use crate::retry::RetryPolicy;
use crate::secret::Secret;
use crate::token::{AppTokenMode, Clock, MemoryStore, SystemClock, TokenManager, TokenSettings, TokenStore};
use crate::transport::{ReqwestTransport, Transport, TransportConfig};

/// Configures a [`Client`]. Base URLs come from, in order: the builder, `WX_API_BASE` /
/// `TIM_API_BASE`, the public defaults.
///
/// Credentials come either from [`credentials`](Self::credentials) (a source of your own, or
/// [`StaticCredentials`]) or from a managed [`TokenManager`] built from [`app`](Self::app),
/// [`component`](Self::component) and [`im_usersig`](Self::im_usersig).
pub struct ClientBuilder {
    wechat_base: Option<String>,
    im_base: Option<String>,
    im_backup_base: Option<String>,
    wechat_rate: Option<RateLimit>,
    im_rate: Option<RateLimit>,
    im_command_rates: std::collections::HashMap<String, RateLimit>,
    im_account: Option<ImAccount>,
    credentials: Option<Arc<dyn CredentialSource>>,
    transport: Option<Arc<dyn Transport>>,
    transport_config: TransportConfig,
    tokens: TokenSettings,
    store: Option<Arc<dyn TokenStore>>,
    clock: Arc<dyn Clock>,
    permission_precheck: bool,
    retry: RetryPolicy,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            wechat_base: None,
            im_base: None,
            im_backup_base: None,
            wechat_rate: None,
            im_rate: Some(RateLimit::IM_DEFAULT),
            im_command_rates: std::collections::HashMap::new(),
            im_account: None,
            credentials: None,
            transport: None,
            transport_config: TransportConfig::default(),
            tokens: TokenSettings::default(),
            store: None,
            clock: Arc::new(SystemClock),
            permission_precheck: true,
            retry: RetryPolicy::default(),
        }
    }
}

impl ClientBuilder {
    /// The WeChat API base URL (otherwise `WX_API_BASE`, then [`DEFAULT_WECHAT_BASE`]).
    pub fn wechat_base_url(mut self, url: impl Into<String>) -> Self {
        self.wechat_base = Some(url.into());
        self
    }

    /// The Tencent IM base URL (otherwise `TIM_API_BASE`, then [`DEFAULT_IM_BASE`]).
    pub fn im_base_url(mut self, url: impl Into<String>) -> Self {
        self.im_base = Some(url.into());
        self
    }

    /// The region the IM app lives in: its domain, and the backup domain tried once when the
    /// primary refuses the connection.
    pub fn im_region(mut self, region: ImRegion) -> Self {
        self.im_base = Some(region.base_url());
        self.im_backup_base = region.backup_base_url();
        self
    }

    /// A backup IM base URL (private deployments, tests).
    pub fn im_backup_base_url(mut self, url: impl Into<String>) -> Self {
        self.im_backup_base = Some(url.into());
        self
    }

    /// Client-side rate limit of a family; `None` turns it off. Tencent IM: the limit of each
    /// command (IM counts each on its own), lowered for commands whose page documents fewer calls
    /// (`Metadata::calls_per_second`); default 200 calls per second, burst 20. WeChat: one limit
    /// for all calls; default none (its limits are per API and per account, and one client serves
    /// thousands of accounts).
    pub fn rate_limit(mut self, family: ApiFamily, limit: Option<RateLimit>) -> Self {
        match family {
            ApiFamily::WeChat => self.wechat_rate = limit,
            ApiFamily::TencentIm => self.im_rate = limit,
        }
        self
    }

    /// The limit of one Tencent IM command, by path (`/v4/openim/sendmsg`), whatever its page
    /// documents: for a quota Tencent raised for your app, say.
    pub fn command_rate_limit(mut self, path: impl Into<String>, limit: RateLimit) -> Self {
        self.im_command_rates.insert(path.into(), limit);
        self
    }

    /// The IM console's secret key: the administrator's UserSig is generated, cached and renewed
    /// ahead of expiry (and regenerated once on 70001 / 70052).
    pub fn im_secret_key(mut self, key: impl Into<Secret>) -> Self {
        self.tokens.im_key = Some(key.into());
        self
    }

    /// Validity of generated UserSigs (default 24 hours, the documents' recommended minimum).
    pub fn im_usersig_validity(mut self, validity: Duration) -> Self {
        self.tokens.im_validity_s = validity.as_secs().max(1);
        self
    }

    /// The Tencent IM app and administrator account; needed for IM endpoints.
    pub fn im(mut self, sdkappid: u64, identifier: impl Into<String>) -> Self {
        self.im_account = Some(ImAccount { sdkappid, identifier: identifier.into() });
        self
    }

    /// A credential source of your own; the managed token settings below are then unused.
    pub fn credentials(mut self, source: impl CredentialSource) -> Self {
        self.credentials = Some(Arc::new(source));
        self
    }

    /// The app's own appid and AppSecret: its access_token is fetched and renewed (`stable_token` by
    /// default, which does not invalidate other holders of the token).
    pub fn app(mut self, appid: impl Into<String>, secret: impl Into<Secret>) -> Self {
        self.tokens.app = Some((appid.into(), secret.into()));
        self
    }

    /// How the app's token is fetched: [`AppTokenMode::Stable`] (default) or the classic
    /// `/cgi-bin/token`, each fetch of which invalidates the previous token after about 5 minutes.
    pub fn app_token_mode(mut self, mode: AppTokenMode) -> Self {
        self.tokens.app_mode = mode;
        self
    }

    /// The third-party platform's component appid and AppSecret: component and authorizer tokens
    /// are fetched and renewed from the stored verify ticket and refresh tokens.
    pub fn component(mut self, appid: impl Into<String>, secret: impl Into<Secret>) -> Self {
        self.tokens.component = Some((appid.into(), secret.into()));
        self
    }

    /// A Tencent IM administrator UserSig generated elsewhere.
    pub fn im_usersig(mut self, usersig: impl Into<Secret>) -> Self {
        self.tokens.im_usersig = Some(usersig.into());
        self
    }

    /// Where managed tokens, tickets, refresh tokens and grants are kept (default: this process's
    /// memory). Share a Redis store between processes so they share tokens and refreshes.
    pub fn store(mut self, store: impl TokenStore) -> Self {
        self.store = Some(Arc::new(store));
        self
    }

    /// Managed tokens are renewed this long before they expire (default 5 minutes).
    pub fn refresh_margin(mut self, margin: Duration) -> Self {
        self.tokens.margin_ms = millis(margin);
        self
    }

    /// How long a caller waits for another process's refresh before giving up (default 15 s).
    pub fn refresh_wait(mut self, wait: Duration) -> Self {
        self.tokens.lock_wait_ms = millis(wait);
        self
    }

    /// How long a process that refreshes a credential holds the shared store's refresh lock
    /// (default 12 s). If that process dies mid-fetch, the others take over once the lease lapses,
    /// so it must not be longer than [`refresh_wait`](Self::refresh_wait) ([`build`](Self::build)
    /// refuses that); and a token fetch that outlasts it may be repeated by another process, so it
    /// should be longer than the HTTP [`timeout`](Self::timeout).
    pub fn refresh_lock_lease(mut self, lease: Duration) -> Self {
        self.tokens.lock_lease_ms = millis(lease);
        self
    }

    /// The clock managed tokens expire by (tests move it by hand).
    pub fn clock(mut self, clock: impl Clock) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    /// Whether calls for an authorizer whose granted permission sets are known, and include none of
    /// the endpoint's, fail at once without a request (default on).
    pub fn permission_precheck(mut self, enabled: bool) -> Self {
        self.permission_precheck = enabled;
        self
    }

    /// How failed calls are retried (default: [`RetryPolicy::default`]; `RetryPolicy::none()` turns
    /// retries off). Per call: [`Client::with_retry`].
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// Replaces the reqwest transport (the timeouts and size cap below then do not apply).
    pub fn transport(mut self, transport: impl Transport) -> Self {
        self.transport = Some(Arc::new(transport));
        self
    }

    /// The deadline for connecting (default 5 s).
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

    /// Checks the base URLs and the token settings, and builds the client.
    pub fn build(self) -> Result<Client, BuildError> {
        if self.tokens.lock_lease_ms > self.tokens.lock_wait_ms {
            return Err(BuildError::Tokens(format!(
                "the refresh lock lease ({} ms) is longer than the refresh wait ({} ms): when a process dies \
                 mid-refresh, the others would give up before its lock lapses",
                self.tokens.lock_lease_ms, self.tokens.lock_wait_ms
            )));
        }
        let wechat_base = base_url(self.wechat_base, "WX_API_BASE", DEFAULT_WECHAT_BASE)?;
        let im_base = base_url(self.im_base, "TIM_API_BASE", DEFAULT_IM_BASE)?;
        let transport: Arc<dyn Transport> = match self.transport {
            Some(transport) => transport,
            None => Arc::new(ReqwestTransport::new(&self.transport_config).map_err(BuildError::Transport)?),
        };
        let im_backup_base = match self.im_backup_base {
            Some(url) => Some(base_url(Some(url), "TIM_API_BASE", DEFAULT_IM_BASE)?),
            None => None,
        };
        let call_path = Arc::new(CallPath {
            wechat_base,
            im_base,
            im_backup_base,
            im_account: self.im_account,
            transport,
            wechat_limiter: self.wechat_rate.map(RateLimiter::new),
            im_limiters: self.im_rate.map(|default| CommandLimiters::new(default, self.im_command_rates)),
        });
        let (credentials, tokens): (Arc<dyn CredentialSource>, _) = match self.credentials {
            Some(credentials) => (credentials, None),
            None if self.tokens.is_empty() => (Arc::new(StaticCredentials::new()), None),
            None => {
                let store = self
                    .store
                    .unwrap_or_else(|| Arc::new(MemoryStore::with_shared_clock(self.clock.clone())));
                let manager = TokenManager::new(call_path.clone(), store, self.clock, self.tokens);
                (Arc::new(manager.clone()), Some(manager))
            }
        };
        Ok(Client {
            inner: Arc::new(Inner {
                call_path,
                credentials,
                tokens,
                permission_precheck: self.permission_precheck,
                retry: self.retry,
            }),
        })
    }
}

/// A duration in milliseconds, saturating (a configured `Duration::MAX` means "never").
fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
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
    /// A base URL is not a valid http or https URL without query or fragment.
    BaseUrl {
        /// Where the URL came from: the builder, the environment variable, or the default.
        origin: &'static str,
        /// What is wrong with it.
        reason: String,
    },
    /// The HTTP transport could not be built.
    Transport(TransportError),
    /// The managed tokens' settings contradict each other.
    Tokens(String),
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BuildError::BaseUrl { origin, reason } => write!(f, "bad base URL from {origin}: {reason}"),
            BuildError::Transport(e) => write!(f, "could not build the HTTP client: {e}"),
            BuildError::Tokens(reason) => write!(f, "bad token settings: {reason}"),
        }
    }
}

impl std::error::Error for BuildError {}
