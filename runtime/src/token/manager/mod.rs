//! The token manager: every credential kind, cached per process, shared through a [`TokenStore`],
//! refreshed ahead of expiry, one fetch at a time. By job: `cache.rs` (the process cache and the
//! single flight per credential), `fetch.rs` (the store, its refresh lock and the token endpoints),
//! `onboarding.rs` (tickets, authorization, housekeeping of a platform's merchants); this file
//! holds the manager, its settings and its `CredentialSource` face.
//!
//! Getting a token, in order:
//! 1. the process cache (lock-free read) while the token is fresh: the hot path;
//! 2. else one *flight* per credential in this process: the first caller spawns the fetch, the
//!    others wait on it and get its result, success or error (nobody waits forever: a vanished task
//!    is an error too);
//! 3. the flight reads the store (another process may have refreshed), else takes the store's
//!    refresh lock (an owner-tagged lease), reads again, fetches, writes, releases; a process that
//!    finds the lock taken re-reads the store until the holder's token appears or its wait runs out.
//!
//! On 40001/40014/42001 the client calls `invalidate` with the token that failed: it is dropped
//! locally and in the store only if it is still the current one, so callers failing with the same
//! token cause a single refresh. 45009 (daily quota) puts the credential in a cooldown: no fetch is
//! attempted until it ends.

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use arc_swap::ArcSwapOption;
use dashmap::DashMap;
use tokio::sync::watch;

use crate::call::{CallOptions, CallPath};
use crate::class::ErrorClass;
use crate::credential::{BoxFuture, Credential, CredentialRequest, CredentialSource};
use crate::endpoint::Endpoint;
use crate::error::{CredentialError, Error};
use crate::retry::RetryPolicy;
use crate::secret::Secret;

use super::clock::Clock;
use super::endpoints::*;
use super::store::{StoreError, StoreErrorKind, StoreKey, StoreKind, StoredValue, TokenStore};

/// How the app's own access_token is fetched.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum AppTokenMode {
    /// `POST /cgi-bin/stable_token`: the same token for every holder until 5 minutes before expiry.
    #[default]
    Stable,
    /// `GET /cgi-bin/token`: each fetch invalidates the previous token after about 5 minutes.
    Classic,
}

/// Which accounts the authorization page offers the merchant (`auth_type`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthType {
    /// Official Accounts only (`1`).
    OfficialAccount = 1,
    /// Mini Programs only (`2`).
    MiniProgram = 2,
    /// Official Accounts and Mini Programs (`3`).
    Both = 3,
}

/// What [`TokenManager::query_auth`] stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Authorized {
    /// The authorizer's appid.
    pub authorizer_appid: String,
    /// The permission sets the merchant granted.
    pub granted: Vec<u16>,
}

mod cache;
mod fetch;
mod onboarding;

use cache::{token_expiry, Cached, CredentialSlot, Grants};

/// Settings of the managed tokens, filled by [`ClientBuilder`](crate::ClientBuilder).
#[derive(Clone, Debug)]
pub(crate) struct TokenSettings {
    pub app: Option<(String, Secret)>,
    pub app_mode: AppTokenMode,
    pub component: Option<(String, Secret)>,
    pub im_usersig: Option<Secret>,
    pub im_key: Option<Secret>,
    pub im_validity_s: u64,
    pub margin_ms: u64,
    pub lock_lease_ms: u64,
    pub lock_wait_ms: u64,
    pub quota_cooldown_ms: u64,
}

impl Default for TokenSettings {
    fn default() -> Self {
        TokenSettings {
            app: None,
            app_mode: AppTokenMode::Stable,
            component: None,
            im_usersig: None,
            im_key: None,
            im_validity_s: 24 * 3600,
            margin_ms: 5 * 60 * 1000,
            lock_lease_ms: 12_000,
            lock_wait_ms: 15_000,
            quota_cooldown_ms: 60_000,
        }
    }
}

impl TokenSettings {
    pub fn is_empty(&self) -> bool {
        self.app.is_none() && self.component.is_none() && self.im_usersig.is_none() && self.im_key.is_none()
    }
}

/// Manages every credential of a client. Cheap to clone (shared state).
#[derive(Clone)]
pub struct TokenManager {
    inner: Arc<Inner>,
}

struct Inner {
    call_path: Arc<CallPath>,
    store: Arc<dyn TokenStore>,
    clock: Arc<dyn Clock>,
    settings: TokenSettings,
    /// Tags this process's refresh locks.
    owner: String,
    app: Arc<CredentialSlot>,
    component: Arc<CredentialSlot>,
    im: Arc<CredentialSlot>,
    authorizers: DashMap<Box<str>, Arc<CredentialSlot>>,
}

/// The credential a flight fetches, its appid owned: a flight outlives the caller that started it.
type OwnedCredential = Credential<Arc<str>>;

impl TokenManager {
    pub(crate) fn new(
        call_path: Arc<CallPath>,
        store: Arc<dyn TokenStore>,
        clock: Arc<dyn Clock>,
        settings: TokenSettings,
    ) -> Self {
        let owner = format!("{}-{:016x}", std::process::id(), fastrand::u64(..));
        TokenManager {
            inner: Arc::new(Inner {
                call_path,
                store,
                clock,
                settings,
                owner,
                app: Arc::default(),
                component: Arc::default(),
                im: Arc::default(),
                authorizers: DashMap::new(),
            }),
        }
    }

    fn now(&self) -> u64 {
        self.inner.clock.now_ms()
    }

    /// Now on the manager's clock, in milliseconds since the Unix epoch (the system clock unless
    /// the builder was given another).
    pub fn now_ms(&self) -> u64 {
        self.now()
    }

    fn component_appid(&self) -> Result<&str, CredentialError> {
        match &self.inner.settings.component {
            Some((appid, _)) => Ok(appid),
            None => Err(configuration(
                "third-party platform credentials are not configured: set ClientBuilder::component",
            )),
        }
    }

    fn slot(&self, credential: &OwnedCredential) -> Arc<CredentialSlot> {
        match credential {
            Credential::App => self.inner.app.clone(),
            Credential::Component => self.inner.component.clone(),
            Credential::Authorizer { appid } => self.authorizer_slot(appid),
            Credential::ImAdmin => self.inner.im.clone(),
        }
    }

    fn authorizer_slot(&self, appid: &str) -> Arc<CredentialSlot> {
        if let Some(slot) = self.inner.authorizers.get(appid) {
            return slot.clone();
        }
        self.inner.authorizers.entry(appid.into()).or_default().clone()
    }

    fn store_key(&self, credential: &OwnedCredential) -> Result<StoreKey, CredentialError> {
        Ok(match credential {
            Credential::App => match &self.inner.settings.app {
                Some((appid, _)) => StoreKey::new(StoreKind::AppToken, appid.as_str()),
                None => {
                    return Err(configuration("app credentials are not configured: set ClientBuilder::app"))
                }
            },
            Credential::Component => StoreKey::new(StoreKind::ComponentToken, self.component_appid()?),
            Credential::Authorizer { appid } => {
                StoreKey::authorizer(StoreKind::AuthorizerToken, self.component_appid()?, &**appid)
            }
            Credential::ImAdmin => {
                let account = self.im_account()?;
                StoreKey::new(StoreKind::ImUserSig, format!("{}:{}", account.sdkappid, account.identifier))
            }
        })
    }

    fn authorizer_key(&self, kind: StoreKind, appid: &str) -> Result<StoreKey, CredentialError> {
        Ok(StoreKey::authorizer(kind, self.component_appid()?, appid))
    }

    /// The credential to fetch for `request`, or the fixed value when there is nothing to fetch (a
    /// configured IM UserSig).
    fn to_fetch(
        &self,
        request: CredentialRequest<'_>,
    ) -> Result<Result<OwnedCredential, Secret>, CredentialError> {
        Ok(Ok(match request {
            Credential::ImAdmin => match (&self.inner.settings.im_usersig, &self.inner.settings.im_key) {
                (Some(usersig), _) => return Ok(Err(usersig.clone())),
                (None, Some(_)) => Credential::ImAdmin,
                (None, None) => {
                    return Err(configuration(
                        "no IM credentials configured: set ClientBuilder::im_secret_key (or im_usersig)",
                    ))
                }
            },
            other => other.into_owned(),
        }))
    }
}

fn configuration(reason: &str) -> CredentialError {
    CredentialError::new(reason).with_class(ErrorClass::Configuration)
}

fn store_error(error: StoreError) -> CredentialError {
    let reason = error.to_string();
    match error.kind() {
        StoreErrorKind::Configuration => configuration(&reason).with_source(error),
        // Malformed stored data does not heal by waiting.
        StoreErrorKind::Protocol => {
            CredentialError::new(reason).with_class(ErrorClass::Store).permanent().with_source(error)
        }
        _ => CredentialError::new(reason).with_class(ErrorClass::Store).with_source(error),
    }
}

impl CredentialSource for TokenManager {
    fn credential<'a>(
        &'a self,
        request: CredentialRequest<'a>,
    ) -> BoxFuture<'a, Result<Secret, CredentialError>> {
        if let Some(token) = self.credential_now(request) {
            return Box::pin(std::future::ready(Ok(token)));
        }
        let credential = match self.to_fetch(request) {
            Ok(Ok(credential)) => credential,
            Ok(Err(fixed)) => return Box::pin(std::future::ready(Ok(fixed))),
            Err(error) => return Box::pin(std::future::ready(Err(error))),
        };
        Box::pin(self.get(credential))
    }

    /// The hot path: a fresh cached token, found without waiting or allocating.
    fn credential_now(&self, request: CredentialRequest<'_>) -> Option<Secret> {
        match request {
            CredentialRequest::App => self.inner.app.fresh(self.now()),
            CredentialRequest::Component => self.inner.component.fresh(self.now()),
            CredentialRequest::Authorizer { appid } => {
                self.inner.authorizers.get(appid).and_then(|slot| slot.fresh(self.now()))
            }
            CredentialRequest::ImAdmin => self.inner.im.fresh(self.now()),
        }
    }

    fn invalidate<'a>(&'a self, request: CredentialRequest<'a>, stale: &'a Secret) -> BoxFuture<'a, bool> {
        Box::pin(async move {
            let Ok(Ok(credential)) = self.to_fetch(request) else { return false };
            let Ok(key) = self.store_key(&credential) else { return false };
            self.invalidate_cached(&self.slot(&credential), stale);
            if let Credential::ImAdmin = credential {
                // Never stored: a fresh one is generated.
                return true;
            }
            // Only if the store still holds the rejected token: another process may have replaced it.
            // Asking again never hands out `stale` (the flight skips it), so the answer is `true`
            // even when the store is down: the renewal then fails with the store's own error,
            // which is what the caller must see, not the server's 40001.
            let _ = self.inner.store.delete_if(&key, stale.expose()).await;
            true
        })
    }

    fn granted_perm_sets<'a>(
        &'a self,
        appid: &'a str,
    ) -> BoxFuture<'a, Result<Option<Arc<[u16]>>, CredentialError>> {
        if self.inner.settings.component.is_none() {
            return Box::pin(std::future::ready(Ok(None)));
        }
        Box::pin(self.granted(appid))
    }
}

impl std::fmt::Debug for TokenManager {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenManager")
            .field("app", &self.inner.settings.app.as_ref().map(|(appid, _)| appid))
            .field("component", &self.inner.settings.component.as_ref().map(|(appid, _)| appid))
            .field("cached_authorizers", &self.inner.authorizers.len())
            .finish_non_exhaustive()
    }
}
