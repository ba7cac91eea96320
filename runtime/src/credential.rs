//! The credential seam: where tokens and UserSigs come from. The token lifecycle (refresh ahead of
//! expiry, single-flight, shared stores) plugs in here; [`StaticCredentials`] serves fixed values.

use std::collections::HashMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use crate::error::CredentialError;
use crate::secret::Secret;

/// A boxed, sendable future, so credential sources and transports can be trait objects.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// One concrete credential: which token or UserSig. `A` is how a merchant's appid is held:
/// borrowed while a call asks ([`CredentialRequest`]), owned (`Arc<str>`) where the answer outlives
/// the asking call (a token fetch that other callers wait on).
///
/// An endpoint declares a [`CredentialKind`](crate::CredentialKind) (which account *kind* it is called
/// with); the call path turns it into one of these for the account at hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Credential<A> {
    /// The app's own access_token.
    App,
    /// The third-party platform's component_access_token.
    Component,
    /// A merchant's authorizer_access_token.
    Authorizer {
        /// The merchant's appid.
        appid: A,
    },
    /// The Tencent IM administrator's UserSig.
    ImAdmin,
}

/// The credential a call asks for, its appid borrowed from the call.
pub type CredentialRequest<'a> = Credential<&'a str>;

impl Credential<&str> {
    /// The same credential with its appid owned.
    pub fn into_owned(self) -> Credential<Arc<str>> {
        match self {
            Credential::App => Credential::App,
            Credential::Component => Credential::Component,
            Credential::Authorizer { appid } => Credential::Authorizer { appid: appid.into() },
            Credential::ImAdmin => Credential::ImAdmin,
        }
    }
}

/// Where credentials come from.
pub trait CredentialSource: Send + Sync + 'static {
    /// A credential that is valid now.
    fn credential<'a>(
        &'a self,
        request: CredentialRequest<'a>,
    ) -> BoxFuture<'a, Result<Secret, CredentialError>>;

    /// A credential valid now that is at hand without waiting (a cached token), or `None` to ask
    /// [`credential`](Self::credential). The fast path of every call: it spares the boxed future.
    fn credential_now(&self, request: CredentialRequest<'_>) -> Option<Secret> {
        let _ = request;
        None
    }

    /// The server rejected `stale` as expired or not the latest. Drop it if it is still the cached
    /// value (another caller may have replaced it already) and say whether asking again can yield a
    /// different credential; `false` means a retry would send the same rejected value.
    fn invalidate<'a>(&'a self, request: CredentialRequest<'a>, stale: &'a Secret) -> BoxFuture<'a, bool>;

    /// The permission sets `authorizer_appid` granted, when known; `None` skips the pre-check.
    fn granted_perm_sets<'a>(
        &'a self,
        authorizer_appid: &'a str,
    ) -> BoxFuture<'a, Result<Option<Arc<[u16]>>, CredentialError>> {
        let _ = authorizer_appid;
        Box::pin(async { Ok(None) })
    }
}

/// A shared source (the callback handler and the client holding the same token store, say).
impl<T: CredentialSource + ?Sized> CredentialSource for Arc<T> {
    fn credential<'a>(
        &'a self,
        request: CredentialRequest<'a>,
    ) -> BoxFuture<'a, Result<Secret, CredentialError>> {
        (**self).credential(request)
    }

    fn credential_now(&self, request: CredentialRequest<'_>) -> Option<Secret> {
        (**self).credential_now(request)
    }

    fn invalidate<'a>(&'a self, request: CredentialRequest<'a>, stale: &'a Secret) -> BoxFuture<'a, bool> {
        (**self).invalidate(request, stale)
    }

    fn granted_perm_sets<'a>(
        &'a self,
        authorizer_appid: &'a str,
    ) -> BoxFuture<'a, Result<Option<Arc<[u16]>>, CredentialError>> {
        (**self).granted_perm_sets(authorizer_appid)
    }
}

/// Fixed credentials: a token obtained elsewhere, a pre-generated UserSig. Nothing is refreshed;
/// invalidation reports that no other value exists, so a stale token is returned as an error
/// instead of being retried.
#[derive(Clone, Debug, Default)]
pub struct StaticCredentials {
    access_token: Option<Secret>,
    component_token: Option<Secret>,
    authorizer_tokens: HashMap<String, Secret>,
    im_usersig: Option<Secret>,
}

impl StaticCredentials {
    /// No credentials; add them with the methods below.
    pub fn new() -> Self {
        Self::default()
    }

    /// The app's own access_token (used for calls through the bare client).
    pub fn access_token(mut self, token: impl Into<Secret>) -> Self {
        self.access_token = Some(token.into());
        self
    }

    /// The third-party platform's component_access_token.
    pub fn component_token(mut self, token: impl Into<Secret>) -> Self {
        self.component_token = Some(token.into());
        self
    }

    /// A merchant's authorizer_access_token, used for calls through `client.authorizer(appid)`.
    pub fn authorizer_token(mut self, appid: impl Into<String>, token: impl Into<Secret>) -> Self {
        self.authorizer_tokens.insert(appid.into(), token.into());
        self
    }

    /// A pre-generated Tencent IM administrator UserSig.
    pub fn im_usersig(mut self, usersig: impl Into<Secret>) -> Self {
        self.im_usersig = Some(usersig.into());
        self
    }

    fn lookup(&self, request: CredentialRequest<'_>) -> Result<Secret, CredentialError> {
        let found = match request {
            CredentialRequest::App => self.access_token.as_ref(),
            CredentialRequest::Component => self.component_token.as_ref(),
            // Never fall back to the app's token: it would act on a different account.
            CredentialRequest::Authorizer { appid } => self.authorizer_tokens.get(appid),
            CredentialRequest::ImAdmin => self.im_usersig.as_ref(),
        };
        // The message is written only when needed: this runs on every call.
        found.cloned().ok_or_else(|| {
            CredentialError::new(match request {
                CredentialRequest::App => "no access token configured".to_owned(),
                CredentialRequest::Component => "no component access token configured".to_owned(),
                CredentialRequest::Authorizer { appid } => {
                    format!("no authorizer access token configured for {appid}")
                }
                CredentialRequest::ImAdmin => "no IM UserSig configured".to_owned(),
            })
        })
    }
}

impl CredentialSource for StaticCredentials {
    fn credential<'a>(
        &'a self,
        request: CredentialRequest<'a>,
    ) -> BoxFuture<'a, Result<Secret, CredentialError>> {
        let result = self.lookup(request);
        Box::pin(async move { result })
    }

    fn credential_now(&self, request: CredentialRequest<'_>) -> Option<Secret> {
        self.lookup(request).ok()
    }

    fn invalidate<'a>(&'a self, _: CredentialRequest<'a>, _: &'a Secret) -> BoxFuture<'a, bool> {
        Box::pin(async { false })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn authorizer_tokens_never_fall_back_to_the_app_token() {
        let source = StaticCredentials::new().access_token("APP").authorizer_token("wxA", "TOKEN_A");
        let a = source.credential(CredentialRequest::Authorizer { appid: "wxA" }).await.unwrap();
        assert_eq!(a.expose(), "TOKEN_A");
        let b = source.credential(CredentialRequest::Authorizer { appid: "wxB" }).await.unwrap_err();
        assert_eq!(b.to_string(), "no credential: no authorizer access token configured for wxB");
        assert!(!source.invalidate(CredentialRequest::App, &a).await);
        assert!(!format!("{source:?}").contains("TOKEN_A"));
    }
}

/// The Tencent IM application and administrator the client acts as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImAccount {
    /// The IM app's SDKAppID.
    pub sdkappid: u64,
    /// An App administrator account.
    pub identifier: String,
}
