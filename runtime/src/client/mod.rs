//! The client and the handles endpoints are called through; `builder.rs` configures it.

mod builder;

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use crate::call::{prepare, CallOptions, CallPath};
use crate::credential::CredentialSource;
use crate::endpoint::Endpoint;
use crate::error::Error;
use crate::retry::RetryPolicy;
use crate::token::TokenManager;

pub use builder::{BuildError, ClientBuilder};

/// WeChat's API host.
pub const DEFAULT_WECHAT_BASE: &str = "https://api.weixin.qq.com";
/// Tencent IM's China region domain.
pub const DEFAULT_IM_BASE: &str = "https://console.tim.qq.com";

/// Calls endpoints. Cheap to clone: clones share one connection pool and one credential source,
/// so one client serves every authorizer of a platform.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    call_path: Arc<CallPath>,
    credentials: Arc<dyn CredentialSource>,
    tokens: Option<TokenManager>,
    permission_precheck: bool,
    retry: RetryPolicy,
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("wechat_base", &self.inner.call_path.wechat_base)
            .field("im_base", &self.inner.call_path.im_base)
            .field("im_account", &self.inner.call_path.im_account)
            .field("permission_precheck", &self.inner.permission_precheck)
            .finish_non_exhaustive()
    }
}

/// Something an endpoint can be called through: the [`Client`] (the app's own token) or an
/// [`Authorizer`] (a merchant's token).
pub trait Target: Sync {
    /// The client that sends the call.
    fn client(&self) -> &Client;
    /// The merchant to act for, if any.
    fn authorizer_appid(&self) -> Option<&str>;
}

/// What an endpoint's `call` answers: a future with a name (to keep it in a struct or a
/// collection), `Send` (to spawn it). The pipeline inside is boxed, so that each endpoint's `call`
/// is one line and the pipeline is compiled once per endpoint actually called.
#[must_use = "a call does nothing until awaited"]
pub struct Call<'a, E: Endpoint> {
    future: Pin<Box<dyn Future<Output = CallResult<E>> + Send + 'a>>,
}

/// What awaiting a [`Call`] answers.
pub type CallResult<E> = Result<<E as Endpoint>::Response, Error<<E as Endpoint>::Error>>;

impl<'a, E: Endpoint> Call<'a, E> {
    #[doc(hidden)]
    #[inline]
    pub fn new(target: &'a dyn Target, request: &'a E) -> Self {
        Call { future: Box::pin(target.client().execute(target.authorizer_appid(), request)) }
    }
}

impl<E: Endpoint> Future for Call<'_, E> {
    type Output = CallResult<E>;

    #[inline]
    fn poll(self: Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<Self::Output> {
        self.get_mut().future.as_mut().poll(cx)
    }
}

impl<E: Endpoint> fmt::Debug for Call<'_, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Call").field("endpoint", &E::NAME).finish_non_exhaustive()
    }
}

impl Target for Client {
    fn client(&self) -> &Client {
        self
    }

    fn authorizer_appid(&self) -> Option<&str> {
        None
    }
}

/// The client acting for one authorizer (a merchant's Mini Program or Official Account). Cheap: a
/// client clone and the appid.
#[derive(Clone, Debug)]
pub struct Authorizer {
    client: Client,
    appid: Arc<str>,
}

impl Authorizer {
    /// The authorizer's appid.
    pub fn appid(&self) -> &str {
        &self.appid
    }

    /// Calls `request` with the authorizer's authorizer_access_token.
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
    /// A builder with the defaults.
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

    /// Calls `request` (for `authorizer`, if given) and hands back the successful response
    /// undecoded: for tools that print what the server said.
    pub async fn call_raw<E: Endpoint>(
        &self,
        authorizer: Option<&str>,
        request: &E,
    ) -> Result<crate::HttpResponse, Error<E::Error>> {
        let call = prepare(request).map_err(Error::typed)?;
        let inner = &*self.inner;
        inner
            .call_path
            .run(&*inner.credentials, authorizer, &call, self.options())
            .await
            .map_err(Error::typed)
    }

    /// This client with another retry policy (for one call, or a family of calls); shares the
    /// connection pool and the credentials.
    pub fn with_retry(&self, retry: RetryPolicy) -> Client {
        let inner = &*self.inner;
        Client {
            inner: Arc::new(Inner {
                call_path: inner.call_path.clone(),
                credentials: inner.credentials.clone(),
                tokens: inner.tokens.clone(),
                permission_precheck: inner.permission_precheck,
                retry,
            }),
        }
    }

    fn options(&self) -> CallOptions {
        CallOptions { retry: self.inner.retry, permission_precheck: self.inner.permission_precheck }
    }

    /// The token manager, when the client manages tokens (configured with `app`, `component` or
    /// `im_usersig` rather than `credentials`): onboarding, tickets, authorizer housekeeping.
    pub fn tokens(&self) -> Option<&TokenManager> {
        self.inner.tokens.as_ref()
    }

    pub(crate) async fn execute<E: Endpoint>(
        &self,
        authorizer: Option<&str>,
        request: &E,
    ) -> Result<E::Response, Error<E::Error>> {
        let inner = &*self.inner;
        inner.call_path.execute(&*inner.credentials, authorizer, request, self.options()).await
    }
}
