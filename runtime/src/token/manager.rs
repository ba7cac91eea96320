//! The token manager: every credential kind, cached per process, shared through a [`TokenStore`],
//! refreshed ahead of expiry, one fetch at a time.
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
use crate::credential::{BoxFuture, CredentialRequest, CredentialSource};
use crate::endpoint::Endpoint;
use crate::error::{CredentialError, Error};
use crate::retry::RetryPolicy;
use crate::secret::Secret;

use super::clock::Clock;
use super::endpoints::*;
use super::store::{StoreError, StoreKey, StoreKind, StoredValue, TokenStore};

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
    OfficialAccount = 1,
    MiniProgram = 2,
    Both = 3,
}

/// What [`TokenManager::query_auth`] stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Authorized {
    pub authorizer_appid: String,
    /// The permission sets the merchant granted.
    pub granted: Vec<u16>,
}

/// The component_verify_ticket is valid for 12 hours after its push.
const VERIFY_TICKET_VALIDITY_MS: u64 = 12 * 3600 * 1000;
/// After a failed refresh while the old token is still valid, the old token is served for this long
/// before the next attempt, so an outage does not turn into a stream of token requests.
const RETRY_AFTER_FAILURE_MS: u64 = 1000;

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
            lock_lease_ms: 20_000,
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
    app: Arc<Slot>,
    component: Arc<Slot>,
    im: Arc<Slot>,
    authorizers: DashMap<Box<str>, Arc<Slot>>,
}

/// One credential's process-local state.
#[derive(Default)]
struct Slot {
    cached: ArcSwapOption<Cached>,
    flight: Mutex<Flight>,
    /// Granted permission sets; `None` until read from the store.
    grants: ArcSwapOption<Grants>,
}

/// The longest lifetime a fetched token is believed to have (WeChat's last 2 hours): a larger
/// `expires_in` is clamped, so a server's value never overflows the clock arithmetic.
const MAX_TOKEN_LIFETIME_S: u64 = 24 * 3600;

/// When a token that the server says lasts `expires_in_s` seconds from `now_ms` expires; a token
/// that has already expired is an error (cached, it would be fetched again on every call).
fn token_expiry(now_ms: u64, expires_in_s: u64) -> Result<u64, CredentialError> {
    if expires_in_s == 0 {
        return Err(CredentialError::new(
            "the token endpoint answered a token that has already expired (expires_in 0)",
        )
        .with_class(ErrorClass::Decode));
    }
    Ok(now_ms.saturating_add(expires_in_s.min(MAX_TOKEN_LIFETIME_S) * 1000))
}

struct Cached {
    token: Secret,
    expires_at_ms: u64,
    /// When a refresh starts: the margin before expiry, at most half the lifetime.
    refresh_at_ms: u64,
}

impl Cached {
    fn new(token: Secret, now_ms: u64, expires_at_ms: u64, margin_ms: u64) -> Self {
        let lifetime = expires_at_ms.saturating_sub(now_ms);
        Cached { token, expires_at_ms, refresh_at_ms: expires_at_ms - margin_ms.min(lifetime / 2) }
    }
}

enum Grants {
    Unknown,
    Known(Arc<[u16]>),
}

type FlightResult = Option<Result<Arc<Cached>, CredentialError>>;

#[derive(Default)]
struct Flight {
    running: Option<watch::Receiver<FlightResult>>,
    /// The token the server rejected last: a fetch must not hand it out again.
    rejected: Option<Secret>,
    /// No fetch before this time (the still-valid token is served meanwhile).
    retry_at_ms: u64,
    /// After 45009: this error until the given time, without fetching.
    cooldown: Option<Box<(u64, CredentialError)>>,
}

impl Slot {
    /// The cached token while fresh. Handed out as a copy: cloning the shared `Arc` would make every
    /// caller of a busy authorizer write to one reference count (measured in BENCHMARKS.md).
    fn fresh(&self, now_ms: u64) -> Option<Secret> {
        let cached = self.cached.load();
        cached.as_ref().filter(|c| now_ms < c.refresh_at_ms).map(|c| Secret::from(c.token.expose()))
    }

    fn flight(&self) -> MutexGuard<'_, Flight> {
        // Every critical section is a few assignments; a panic cannot leave the state half-made.
        self.flight.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// Which credential a flight fetches.
#[derive(Clone)]
enum Which {
    App,
    Component,
    Authorizer(Arc<str>),
    /// The IM administrator's UserSig, generated here from the secret key.
    ImAdmin,
}

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

    fn component_appid(&self) -> Result<&str, CredentialError> {
        match &self.inner.settings.component {
            Some((appid, _)) => Ok(appid),
            None => Err(configuration(
                "third-party platform credentials are not configured: set ClientBuilder::component",
            )),
        }
    }

    fn slot(&self, which: &Which) -> Arc<Slot> {
        match which {
            Which::App => self.inner.app.clone(),
            Which::Component => self.inner.component.clone(),
            Which::Authorizer(appid) => self.authorizer_slot(appid),
            Which::ImAdmin => self.inner.im.clone(),
        }
    }

    fn authorizer_slot(&self, appid: &str) -> Arc<Slot> {
        if let Some(slot) = self.inner.authorizers.get(appid) {
            return slot.clone();
        }
        self.inner.authorizers.entry(appid.into()).or_default().clone()
    }

    fn store_key(&self, which: &Which) -> Result<StoreKey, CredentialError> {
        Ok(match which {
            Which::App => match &self.inner.settings.app {
                Some((appid, _)) => StoreKey::new(StoreKind::AppToken, appid.as_str()),
                None => {
                    return Err(configuration("app credentials are not configured: set ClientBuilder::app"))
                }
            },
            Which::Component => StoreKey::new(StoreKind::ComponentToken, self.component_appid()?),
            Which::Authorizer(appid) => {
                StoreKey::authorizer(StoreKind::AuthorizerToken, self.component_appid()?, &**appid)
            }
            Which::ImAdmin => {
                let account = self.im_account()?;
                StoreKey::new(StoreKind::ImUserSig, format!("{}:{}", account.sdkappid, account.identifier))
            }
        })
    }

    fn authorizer_key(&self, kind: StoreKind, appid: &str) -> Result<StoreKey, CredentialError> {
        Ok(StoreKey::authorizer(kind, self.component_appid()?, appid))
    }

    /// What `request` maps to; IM UserSigs are static until they are generated here.
    fn which(&self, request: CredentialRequest<'_>) -> Result<Result<Which, Secret>, CredentialError> {
        Ok(Ok(match request {
            CredentialRequest::App => Which::App,
            CredentialRequest::Component => Which::Component,
            CredentialRequest::Authorizer { appid } => Which::Authorizer(appid.into()),
            CredentialRequest::ImAdmin => {
                match (&self.inner.settings.im_usersig, &self.inner.settings.im_key) {
                    (Some(usersig), _) => return Ok(Err(usersig.clone())),
                    (None, Some(_)) => Which::ImAdmin,
                    (None, None) => {
                        return Err(configuration(
                            "no IM credentials configured: set ClientBuilder::im_secret_key (or im_usersig)",
                        ))
                    }
                }
            }
        }))
    }

    /// A valid token for `which`: the cache, or the (shared) flight.
    async fn get(&self, which: Which) -> Result<Secret, CredentialError> {
        let slot = self.slot(&which);
        if let Some(token) = slot.fresh(self.now()) {
            return Ok(token);
        }
        self.refresh(slot, which).await
    }

    async fn refresh(&self, slot: Arc<Slot>, which: Which) -> Result<Secret, CredentialError> {
        let mut receiver = {
            let now = self.now();
            let mut flight = slot.flight();
            if let Some(token) = slot.fresh(now) {
                return Ok(token);
            }
            if let Some(receiver) = &flight.running {
                receiver.clone()
            } else {
                if let Some(cooldown) = flight.cooldown.as_deref().filter(|(until, _)| now < *until) {
                    return Err(cooldown.1.clone());
                }
                if now < flight.retry_at_ms {
                    if let Some(valid) = slot.cached.load().as_ref().filter(|c| now < c.expires_at_ms) {
                        return Ok(valid.token.clone());
                    }
                }
                self.start_flight(&slot, &mut flight, which)
            }
        };
        let result = receiver
            .wait_for(Option::is_some)
            .await
            .map(|result| result.clone())
            .map_err(|_| CredentialError::new("the token refresh ended without a result"))?;
        match result {
            Some(Ok(cached)) => Ok(cached.token.clone()),
            Some(Err(error)) => {
                // Refresh ahead of expiry failed: the old token still works until it expires.
                match slot.cached.load().as_ref().filter(|c| self.now() < c.expires_at_ms) {
                    Some(valid) => Ok(valid.token.clone()),
                    None => Err(error),
                }
            }
            None => Err(CredentialError::new("the token refresh ended without a result")),
        }
    }

    /// Spawns the fetch, so that it completes even if the caller that started it goes away.
    fn start_flight(
        &self,
        slot: &Arc<Slot>,
        flight: &mut Flight,
        which: Which,
    ) -> watch::Receiver<FlightResult> {
        let (sender, receiver) = watch::channel(None);
        flight.running = Some(receiver.clone());
        flight.cooldown = None;
        let rejected = flight.rejected.clone();
        let (manager, slot) = (self.clone(), slot.clone());
        tokio::spawn(async move {
            let result = manager.fetch(&which, rejected.as_ref()).await.map(Arc::new);
            let now = manager.now();
            {
                let mut flight = slot.flight();
                match &result {
                    Ok(cached) => {
                        slot.cached.store(Some(cached.clone()));
                        flight.rejected = None;
                        flight.retry_at_ms = 0;
                    }
                    Err(error) if error.class() == ErrorClass::QuotaExhausted => {
                        let until = now + manager.inner.settings.quota_cooldown_ms;
                        flight.cooldown = Some(Box::new((until, error.clone())));
                    }
                    Err(_) => flight.retry_at_ms = now + RETRY_AFTER_FAILURE_MS,
                }
                flight.running = None;
            }
            let _ = sender.send(Some(result));
        });
        receiver
    }

    /// The token from the store if another process refreshed it, else from WeChat under the store's
    /// refresh lock.
    async fn fetch(&self, which: &Which, rejected: Option<&Secret>) -> Result<Cached, CredentialError> {
        if let Which::ImAdmin = which {
            // Generated locally in microseconds: nothing to share or lock.
            return self.generate_usersig();
        }
        let key = self.store_key(which)?;
        let settings = &self.inner.settings;
        let store = &*self.inner.store;
        // Real time, not the injectable clock: a test's frozen clock must not make this wait forever.
        let deadline = tokio::time::Instant::now() + Duration::from_millis(settings.lock_wait_ms);
        let mut pause = Duration::from_millis(10);
        loop {
            if let Some(cached) = self.stored_token(&key, rejected).await? {
                return Ok(cached);
            }
            if store.try_lock(&key, &self.inner.owner, settings.lock_lease_ms).await.map_err(store_error)? {
                let result = self.fetch_locked(which, &key, rejected).await;
                // A failed release only delays others until the lease lapses.
                let _ = store.unlock(&key, &self.inner.owner).await;
                return result;
            }
            if tokio::time::Instant::now() >= deadline {
                return Err(CredentialError::new(format!(
                    "another process holds the refresh lock of {} and stored no token within {} ms",
                    key.render("…"),
                    settings.lock_wait_ms
                ))
                .with_class(ErrorClass::Store));
            }
            tokio::time::sleep(pause).await;
            pause = (pause * 2).min(Duration::from_millis(200));
        }
    }

    async fn fetch_locked(
        &self,
        which: &Which,
        key: &StoreKey,
        rejected: Option<&Secret>,
    ) -> Result<Cached, CredentialError> {
        // The previous holder may have stored a token between our read and our lock.
        if let Some(cached) = self.stored_token(key, rejected).await? {
            return Ok(cached);
        }
        let (token, expires_in) = self.fetch_remote(which, rejected).await?;
        let now = self.now();
        let expires_at_ms = token_expiry(now, expires_in)?;
        let value = StoredValue { value: token.expose().to_owned(), expires_at_ms: Some(expires_at_ms) };
        self.inner.store.set(key, value).await.map_err(store_error)?;
        Ok(Cached::new(token, now, expires_at_ms, self.inner.settings.margin_ms))
    }

    async fn stored_token(
        &self,
        key: &StoreKey,
        rejected: Option<&Secret>,
    ) -> Result<Option<Cached>, CredentialError> {
        let now = self.now();
        let stored = self.inner.store.get(key).await.map_err(store_error)?;
        Ok(stored.and_then(|stored| {
            let expires_at_ms = stored.expires_at_ms?;
            let fresh = now.saturating_add(self.inner.settings.margin_ms) < expires_at_ms;
            let rejected = rejected.is_some_and(|r| r.expose() == stored.value);
            (fresh && !rejected).then(|| {
                let cached = Cached::new(
                    Secret::from(stored.value),
                    now,
                    expires_at_ms,
                    self.inner.settings.margin_ms,
                );
                Cached { refresh_at_ms: expires_at_ms - self.inner.settings.margin_ms, ..cached }
            })
        }))
    }

    fn im_account(&self) -> Result<&crate::credential::ImAccount, CredentialError> {
        self.inner.call_path.im_account.as_ref().ok_or_else(|| {
            configuration("Tencent IM is not configured: set ClientBuilder::im(sdkappid, identifier)")
        })
    }

    fn generate_usersig(&self) -> Result<Cached, CredentialError> {
        let account = self.im_account()?;
        let Some(key) = &self.inner.settings.im_key else {
            return Err(configuration("no IM secret key configured: set ClientBuilder::im_secret_key"));
        };
        let now_ms = self.now();
        let expire = self.inner.settings.im_validity_s;
        let usersig = crate::im::usersig::generate(&crate::im::usersig::UserSigParams {
            sdkappid: account.sdkappid,
            key,
            identifier: &account.identifier,
            expire,
            time: now_ms / 1000,
            userbuf: None,
        });
        let expires_at_ms = (now_ms / 1000).saturating_add(expire).saturating_mul(1000);
        Ok(Cached::new(usersig, now_ms, expires_at_ms, self.inner.settings.margin_ms))
    }

    /// One request to WeChat's token endpoint: `(token, expires_in seconds)`.
    async fn fetch_remote(
        &self,
        which: &Which,
        rejected: Option<&Secret>,
    ) -> Result<(Secret, u64), CredentialError> {
        match which {
            Which::App => {
                let Some((appid, secret)) = &self.inner.settings.app else {
                    return Err(configuration("app credentials are not configured: set ClientBuilder::app"));
                };
                match self.inner.settings.app_mode {
                    AppTokenMode::Classic => {
                        let request = GetAccessToken {
                            grant_type: "client_credential".into(),
                            appid: appid.clone(),
                            secret: secret.clone(),
                        };
                        let token = self.call(&request).await?;
                        Ok((token.access_token, token.expires_in))
                    }
                    AppTokenMode::Stable => {
                        let mut request = GetStableAccessToken {
                            grant_type: "client_credential".into(),
                            appid: appid.clone(),
                            secret: secret.clone(),
                            force_refresh: false,
                        };
                        let mut token = self.call(&request).await?;
                        // Normal mode hands out the current token, which the server just rejected:
                        // only a forced refresh replaces it.
                        if rejected == Some(&token.access_token) {
                            request.force_refresh = true;
                            token = self.call(&request).await?;
                        }
                        Ok((token.access_token, token.expires_in))
                    }
                }
            }
            Which::Component => {
                let Some((appid, secret)) = &self.inner.settings.component else {
                    return Err(configuration("third-party platform credentials are not configured"));
                };
                let ticket_key = StoreKey::new(StoreKind::VerifyTicket, appid.as_str());
                let Some(ticket) = self.inner.store.get(&ticket_key).await.map_err(store_error)? else {
                    return Err(CredentialError::new(
                        "no valid component_verify_ticket stored: wait for the next push (every 10 minutes) or call start_push_ticket",
                    )
                    .with_class(ErrorClass::Ticket));
                };
                let request = GetComponentAccessToken {
                    component_appid: appid.clone(),
                    component_appsecret: secret.clone(),
                    component_verify_ticket: Secret::from(ticket.value),
                };
                let token = self.call(&request).await?;
                Ok((token.component_access_token, token.expires_in))
            }
            Which::Authorizer(authorizer_appid) => {
                let refresh_key = self.authorizer_key(StoreKind::RefreshToken, authorizer_appid)?;
                let Some(refresh_token) = self.inner.store.get(&refresh_key).await.map_err(store_error)?
                else {
                    return Err(CredentialError::new(format!(
                        "no refresh token stored for {authorizer_appid}: the merchant must authorize the platform, or re-sync with sync_authorizers"
                    ))
                    .with_class(ErrorClass::Reauthorize));
                };
                let refresh_token = Secret::from(refresh_token.value);
                let request = GetAuthorizerAccessToken {
                    component_appid: self.component_appid()?.to_owned(),
                    authorizer_appid: authorizer_appid.to_string(),
                    authorizer_refresh_token: refresh_token.clone(),
                };
                let token = self.call(&request).await?;
                if let Some(newer) = token.authorizer_refresh_token.filter(|newer| *newer != refresh_token) {
                    let value = StoredValue { value: newer.expose().to_owned(), expires_at_ms: None };
                    self.inner.store.set(&refresh_key, value).await.map_err(store_error)?;
                }
                Ok((token.authorizer_access_token, token.expires_in))
            }
            Which::ImAdmin => Err(CredentialError::new("UserSigs are generated, not fetched")),
        }
    }

    /// Calls a token endpoint with this manager's own credentials (the component token).
    async fn call<E: Endpoint>(&self, request: &E) -> Result<E::Response, CredentialError> {
        self.call_typed(request).await.map_err(|e| CredentialError::from_call(E::NAME, e))
    }

    async fn call_typed<E: Endpoint>(&self, request: &E) -> Result<E::Response, Error<E::Error>> {
        // Token fetches retry nothing themselves: the caller's call decides, and a fetch that burns
        // quota is never repeated behind its back.
        let options = CallOptions { retry: RetryPolicy::none(), permission_precheck: false };
        self.inner.call_path.execute(self, None, request, options).await
    }

    fn invalidate_cached(&self, slot: &Slot, stale: &Secret) {
        let mut flight = slot.flight();
        let current = slot.cached.load_full();
        if current.as_ref().is_some_and(|c| c.token == *stale) {
            slot.cached.store(None);
        }
        flight.rejected = Some(stale.clone());
        flight.retry_at_ms = 0;
    }

    // ---- onboarding and housekeeping of a third-party platform ----

    /// Stores a pushed component_verify_ticket with its 12-hour validity.
    pub async fn set_verify_ticket(&self, ticket: impl Into<Secret>) -> Result<(), CredentialError> {
        let key = StoreKey::new(StoreKind::VerifyTicket, self.component_appid()?);
        let value = StoredValue {
            value: ticket.into().expose().to_owned(),
            expires_at_ms: Some(self.now() + VERIFY_TICKET_VALIDITY_MS),
        };
        self.inner.store.set(&key, value).await.map_err(store_error)
    }

    /// Asks WeChat to push the verify ticket again now.
    pub async fn start_push_ticket(&self) -> Result<(), Error<StartPushTicketError>> {
        let Some((appid, secret)) = &self.inner.settings.component else {
            return Err(Error::Credential(configuration(
                "third-party platform credentials are not configured",
            )));
        };
        let request = StartPushTicket { component_appid: appid.clone(), component_secret: secret.clone() };
        self.call_typed(&request).await
    }

    /// A pre-authorization code for [`authorization_url`](Self::authorization_url).
    pub async fn pre_auth_code(&self) -> Result<PreAuthCode, Error<GetPreAuthCodeError>> {
        let component_appid = self.component_appid()?.to_owned();
        self.call_typed(&GetPreAuthCode { component_appid }).await
    }

    /// The page a merchant opens to authorize the platform; WeChat then redirects to `redirect_uri`
    /// with `auth_code`.
    pub fn authorization_url(
        &self,
        pre_auth_code: &Secret,
        redirect_uri: &str,
        auth_type: AuthType,
    ) -> Result<String, CredentialError> {
        let query = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("component_appid", self.component_appid()?)
            .append_pair("pre_auth_code", pre_auth_code.expose())
            .append_pair("redirect_uri", redirect_uri)
            .append_pair("auth_type", &(auth_type as u8).to_string())
            .finish();
        Ok(format!("https://mp.weixin.qq.com/cgi-bin/componentloginpage?{query}"))
    }

    /// Exchanges an authorization code; stores the refresh token, the granted permission sets and
    /// the access token.
    pub async fn query_auth(
        &self,
        authorization_code: impl Into<Secret>,
    ) -> Result<Authorized, Error<QueryAuthError>> {
        let component_appid = self.component_appid()?.to_owned();
        let request = QueryAuth { component_appid, authorization_code: authorization_code.into() };
        let info = self.call_typed(&request).await?.authorization_info;
        let appid = info.authorizer_appid.clone();
        let granted: Vec<u16> = info.func_info.iter().map(|f| f.funcscope_category.id).collect();
        self.store_refresh_token(&appid, &info.authorizer_refresh_token).await?;
        self.store_grants(&appid, &granted).await?;
        let now = self.now();
        let expires_at_ms = token_expiry(now, info.expires_in)?;
        let key = self.authorizer_key(StoreKind::AuthorizerToken, &appid)?;
        let value = StoredValue {
            value: info.authorizer_access_token.expose().to_owned(),
            expires_at_ms: Some(expires_at_ms),
        };
        self.inner.store.set(&key, value).await.map_err(store_error)?;
        let slot = self.authorizer_slot(&appid);
        let cached =
            Cached::new(info.authorizer_access_token, now, expires_at_ms, self.inner.settings.margin_ms);
        slot.cached.store(Some(Arc::new(cached)));
        Ok(Authorized { authorizer_appid: appid, granted })
    }

    /// Re-reads every authorizer's refresh token from WeChat (`api_get_authorizer_list`), for when
    /// the store lost them. Returns how many were stored.
    pub async fn sync_authorizers(&self) -> Result<usize, Error<GetAuthorizerListError>> {
        const PAGE: u32 = 500;
        let component_appid = self.component_appid()?.to_owned();
        let mut stored = 0;
        let mut offset = 0;
        loop {
            let request = GetAuthorizerList { component_appid: component_appid.clone(), offset, count: PAGE };
            let page = self.call_typed(&request).await?;
            for item in &page.list {
                self.store_refresh_token(&item.authorizer_appid, &item.refresh_token).await?;
            }
            stored += page.list.len();
            offset += page.list.len() as u32;
            if page.list.is_empty() || offset >= page.total_count {
                return Ok(stored);
            }
        }
    }

    /// Forgets an authorizer that revoked the authorization: tokens, refresh token, grants.
    pub async fn remove_authorizer(&self, appid: &str) -> Result<(), CredentialError> {
        for kind in [StoreKind::AuthorizerToken, StoreKind::RefreshToken, StoreKind::Grants] {
            let key = self.authorizer_key(kind, appid)?;
            self.inner.store.delete(&key).await.map_err(store_error)?;
        }
        self.inner.authorizers.remove(appid);
        Ok(())
    }

    /// The permission sets `appid` granted, when known.
    pub async fn granted(&self, appid: &str) -> Result<Option<Arc<[u16]>>, CredentialError> {
        let slot = self.authorizer_slot(appid);
        if let Some(grants) = slot.grants.load().as_ref() {
            return Ok(match &**grants {
                Grants::Known(sets) => Some(sets.clone()),
                Grants::Unknown => None,
            });
        }
        let key = self.authorizer_key(StoreKind::Grants, appid)?;
        let stored = self.inner.store.get(&key).await.map_err(store_error)?;
        let grants = match stored {
            Some(stored) => Grants::Known(parse_grants(&stored.value)?),
            None => Grants::Unknown,
        };
        let known = match &grants {
            Grants::Known(sets) => Some(sets.clone()),
            Grants::Unknown => None,
        };
        slot.grants.store(Some(Arc::new(grants)));
        Ok(known)
    }

    async fn store_refresh_token(&self, appid: &str, refresh_token: &Secret) -> Result<(), CredentialError> {
        let key = self.authorizer_key(StoreKind::RefreshToken, appid)?;
        let value = StoredValue { value: refresh_token.expose().to_owned(), expires_at_ms: None };
        self.inner.store.set(&key, value).await.map_err(store_error)
    }

    async fn store_grants(&self, appid: &str, granted: &[u16]) -> Result<(), CredentialError> {
        let key = self.authorizer_key(StoreKind::Grants, appid)?;
        let text = granted.iter().map(u16::to_string).collect::<Vec<_>>().join(",");
        self.inner
            .store
            .set(&key, StoredValue { value: text, expires_at_ms: None })
            .await
            .map_err(store_error)?;
        self.authorizer_slot(appid).grants.store(Some(Arc::new(Grants::Known(granted.into()))));
        Ok(())
    }

    /// Claims a callback event for handling: `false` if it was claimed within the last `window_ms`
    /// (by this process or, with a shared store, any other).
    pub async fn claim_event(&self, id: &str, window_ms: u64) -> Result<bool, CredentialError> {
        let key = StoreKey::authorizer(StoreKind::Event, self.component_appid()?, id);
        self.inner.store.try_lock(&key, &self.inner.owner, window_ms).await.map_err(store_error)
    }

    /// Forgets a claim whose handling failed, so that WeChat's next re-push is handled.
    pub async fn release_event(&self, id: &str) -> Result<(), CredentialError> {
        let key = StoreKey::authorizer(StoreKind::Event, self.component_appid()?, id);
        self.inner.store.unlock(&key, &self.inner.owner).await.map_err(store_error)
    }

    /// How many authorizers this process has state for.
    pub fn cached_authorizers(&self) -> usize {
        self.inner.authorizers.len()
    }

    /// Puts a known token into the process cache (benchmarks, warm starts).
    #[doc(hidden)]
    pub fn prime_authorizer(&self, appid: &str, token: Secret, expires_at_ms: u64, granted: &[u16]) {
        let slot = self.authorizer_slot(appid);
        slot.cached.store(Some(Arc::new(Cached::new(
            token,
            self.now(),
            expires_at_ms,
            self.inner.settings.margin_ms,
        ))));
        slot.grants.store(Some(Arc::new(Grants::Known(granted.into()))));
    }
}

fn parse_grants(text: &str) -> Result<Arc<[u16]>, CredentialError> {
    if text.is_empty() {
        return Ok(Arc::from([]));
    }
    text.split(',').map(|id| id.parse::<u16>()).collect::<Result<Vec<_>, _>>().map(Arc::from).map_err(|_| {
        CredentialError::new("stored permission sets are malformed").with_class(ErrorClass::Store)
    })
}

fn configuration(reason: &str) -> CredentialError {
    CredentialError::new(reason).with_class(ErrorClass::Configuration)
}

fn store_error(error: StoreError) -> CredentialError {
    CredentialError::new(error.to_string()).with_class(ErrorClass::Store).with_source(error)
}

impl CredentialSource for TokenManager {
    fn credential<'a>(
        &'a self,
        request: CredentialRequest<'a>,
    ) -> BoxFuture<'a, Result<Secret, CredentialError>> {
        if let Some(token) = self.credential_now(request) {
            return Box::pin(std::future::ready(Ok(token)));
        }
        let which = match self.which(request) {
            Ok(Ok(which)) => which,
            Ok(Err(fixed)) => return Box::pin(std::future::ready(Ok(fixed))),
            Err(error) => return Box::pin(std::future::ready(Err(error))),
        };
        Box::pin(self.get(which))
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
            let Ok(Ok(which)) = self.which(request) else { return false };
            let Ok(key) = self.store_key(&which) else { return false };
            self.invalidate_cached(&self.slot(&which), stale);
            if let Which::ImAdmin = which {
                // Never stored: a fresh one is generated.
                return true;
            }
            // Only if the store still holds the rejected token: another process may have replaced it.
            self.inner.store.delete_if(&key, stale.expose()).await.is_ok()
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
