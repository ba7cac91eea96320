//! Fetching a credential: the store first (another process may have refreshed it), else under the
//! store's refresh lock from the token endpoint of its kind, through the call path.

use super::*;

impl TokenManager {
    /// The token from the store if another process refreshed it, else from WeChat under the store's
    /// refresh lock.
    pub(super) async fn fetch(
        &self,
        credential: &OwnedCredential,
        rejected: Option<&Secret>,
    ) -> Result<Cached, CredentialError> {
        if let Credential::ImAdmin = credential {
            // Generated locally in microseconds: nothing to share or lock.
            return self.generate_usersig();
        }
        let key = self.store_key(credential)?;
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
                let result = self.fetch_locked(credential, &key, rejected).await;
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
        credential: &OwnedCredential,
        key: &StoreKey,
        rejected: Option<&Secret>,
    ) -> Result<Cached, CredentialError> {
        // The previous holder may have stored a token between our read and our lock.
        if let Some(cached) = self.stored_token(key, rejected).await? {
            return Ok(cached);
        }
        let (token, expires_in) = self.fetch_remote(credential, rejected).await?;
        let now = self.now();
        let expires_at_ms = token_expiry(now, expires_in)?;
        let cached = Cached::new(token, now, expires_at_ms, self.inner.settings.margin_ms);
        let value =
            StoredValue::new(cached.token.expose(), Some(expires_at_ms)).refresh_at(cached.refresh_at_ms);
        if let Err(error) = self.inner.store.set(key, value).await {
            // The server issued it and counted it against the daily quota: the callers get it and
            // this process keeps it. Other processes fetch their own until the store is back.
            tracing::warn!(
                key = %key.render("…"),
                error = %error,
                "a fetched token could not be stored; it is served from this process only"
            );
        }
        Ok(cached)
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
            // The moment the fetching process set (so all refresh together, and a token shorter-lived
            // than the margin is shared), else the whole margin before expiry.
            let refresh_at_ms = stored
                .refresh_at_ms
                .unwrap_or_else(|| expires_at_ms.saturating_sub(self.inner.settings.margin_ms))
                .min(expires_at_ms);
            let rejected = rejected.is_some_and(|r| r.expose() == stored.value);
            (now < refresh_at_ms && !rejected).then(|| Cached {
                token: Secret::from(stored.value),
                expires_at_ms,
                refresh_at_ms,
            })
        }))
    }

    pub(super) fn im_account(&self) -> Result<&crate::credential::ImAccount, CredentialError> {
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
        credential: &OwnedCredential,
        rejected: Option<&Secret>,
    ) -> Result<(Secret, u64), CredentialError> {
        match credential {
            Credential::App => {
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
            Credential::Component => {
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
            Credential::Authorizer { appid: authorizer_appid } => {
                let unsaved = self.authorizer_slot(authorizer_appid).unsaved_refresh_token.load_full();
                let refresh_token = match &unsaved {
                    Some(unsaved) => Secret::clone(unsaved),
                    None => self.stored_refresh_token(authorizer_appid).await?,
                };
                let request = GetAuthorizerAccessToken {
                    component_appid: self.component_appid()?.to_owned(),
                    authorizer_appid: authorizer_appid.to_string(),
                    authorizer_refresh_token: refresh_token.clone(),
                };
                let token = self.call(&request).await?;
                match token.authorizer_refresh_token.filter(|newer| *newer != refresh_token) {
                    Some(newer) => self.keep_refresh_token(authorizer_appid, newer).await,
                    None if unsaved.is_some() => {
                        self.keep_refresh_token(authorizer_appid, refresh_token).await
                    }
                    None => {}
                }
                Ok((token.authorizer_access_token, token.expires_in))
            }
            Credential::ImAdmin => Err(CredentialError::new("UserSigs are generated, not fetched")),
        }
    }

    async fn stored_refresh_token(&self, authorizer_appid: &str) -> Result<Secret, CredentialError> {
        let key = self.authorizer_key(StoreKind::RefreshToken, authorizer_appid)?;
        match self.inner.store.get(&key).await.map_err(store_error)? {
            Some(stored) => Ok(Secret::from(stored.value)),
            None => Err(CredentialError::new(format!(
                "no refresh token stored for {authorizer_appid}: the merchant must authorize the platform, or re-sync with sync_authorizers"
            ))
            .with_class(ErrorClass::Reauthorize)),
        }
    }

    /// Calls a token endpoint with this manager's own credentials (the component token).
    pub(super) async fn call<E: Endpoint>(&self, request: &E) -> Result<E::Response, CredentialError> {
        self.call_typed(request).await.map_err(|e| CredentialError::from_call(E::NAME, e))
    }

    pub(super) async fn call_typed<E: Endpoint>(&self, request: &E) -> Result<E::Response, Error<E::Error>> {
        // Token fetches retry nothing themselves: the caller's call decides, and a fetch that burns
        // quota is never repeated behind its back.
        let options = CallOptions { retry: RetryPolicy::none(), permission_precheck: false };
        self.inner.call_path.execute(self, None, request, options).await
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

    use super::*;
    use crate::error::{TransportError, TransportErrorKind};
    use crate::http::{HttpRequest, HttpResponse};
    use crate::token::{ManualClock, MemoryStore};
    use crate::transport::Transport;

    const NOW: u64 = 1_795_219_200_000;

    /// Counts the requests it is asked to send; answers each with a token lasting `expires_in`
    /// seconds (`None`: sends nothing, a connection error).
    #[derive(Default)]
    struct Network {
        requests: AtomicUsize,
        expires_in: Option<u64>,
    }

    impl Network {
        fn answering(expires_in: u64) -> Arc<Network> {
            Arc::new(Network { requests: AtomicUsize::new(0), expires_in: Some(expires_in) })
        }

        fn requests(&self) -> usize {
            self.requests.load(Ordering::SeqCst)
        }
    }

    impl Transport for Arc<Network> {
        fn send(&self, _: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, TransportError>> {
            let n = self.requests.fetch_add(1, Ordering::SeqCst);
            let answer = self.expires_in.map(|expires_in| HttpResponse {
                status: 200,
                content_type: Some("application/json".into()),
                body: format!(r#"{{"access_token":"FETCHED_{n}","expires_in":{expires_in}}}"#).into(),
            });
            Box::pin(async move {
                answer.ok_or_else(|| {
                    TransportError::new(TransportErrorKind::Connect, "no network in unit tests")
                })
            })
        }
    }

    /// A memory store that can be taken down (every operation then fails as an unreachable Redis
    /// does), or made to refuse writes only.
    #[derive(Default)]
    struct Outage {
        store: MemoryStore,
        down: AtomicBool,
        refuse_writes: AtomicBool,
    }

    impl Outage {
        fn check(&self) -> Result<(), StoreError> {
            match self.down.load(Ordering::SeqCst) {
                true => Err(StoreError::new(StoreErrorKind::Unavailable, "Redis IoError")),
                false => Ok(()),
            }
        }
    }

    impl TokenStore for Outage {
        fn get<'a>(&'a self, key: &'a StoreKey) -> BoxFuture<'a, Result<Option<StoredValue>, StoreError>> {
            Box::pin(async move {
                self.check()?;
                self.store.get(key).await
            })
        }
        fn set<'a>(&'a self, key: &'a StoreKey, value: StoredValue) -> BoxFuture<'a, Result<(), StoreError>> {
            Box::pin(async move {
                self.check()?;
                if self.refuse_writes.load(Ordering::SeqCst) {
                    return Err(StoreError::new(StoreErrorKind::Unavailable, "Redis IoError"));
                }
                self.store.set(key, value).await
            })
        }
        fn delete<'a>(&'a self, key: &'a StoreKey) -> BoxFuture<'a, Result<(), StoreError>> {
            Box::pin(async move {
                self.check()?;
                self.store.delete(key).await
            })
        }
        fn delete_if<'a>(
            &'a self,
            key: &'a StoreKey,
            expected: &'a str,
        ) -> BoxFuture<'a, Result<bool, StoreError>> {
            Box::pin(async move {
                self.check()?;
                self.store.delete_if(key, expected).await
            })
        }
        fn try_lock<'a>(
            &'a self,
            key: &'a StoreKey,
            owner: &'a str,
            lease_ms: u64,
        ) -> BoxFuture<'a, Result<bool, StoreError>> {
            Box::pin(async move {
                self.check()?;
                self.store.try_lock(key, owner, lease_ms).await
            })
        }
        fn unlock<'a>(&'a self, key: &'a StoreKey, owner: &'a str) -> BoxFuture<'a, Result<(), StoreError>> {
            Box::pin(async move {
                self.check()?;
                self.store.unlock(key, owner).await
            })
        }
    }

    fn manager_with(
        store: Arc<dyn TokenStore>,
        network: &Arc<Network>,
        settings: TokenSettings,
    ) -> TokenManager {
        let call_path = CallPath {
            wechat_base: "http://127.0.0.1:9".into(),
            im_base: "http://127.0.0.1:9".into(),
            im_backup_base: None,
            im_account: None,
            transport: Arc::new(network.clone()),
            wechat_limiter: None,
            im_limiters: None,
        };
        let settings = TokenSettings { app: Some(("wxapp".into(), Secret::from("SECRET"))), ..settings };
        TokenManager::new(Arc::new(call_path), store, Arc::new(ManualClock::new(NOW)), settings)
    }

    fn manager(store: Arc<MemoryStore>, network: &Arc<Network>) -> TokenManager {
        manager_with(store, network, TokenSettings::default())
    }

    fn app_key() -> StoreKey {
        StoreKey::new(StoreKind::AppToken, "wxapp")
    }

    async fn store_app_token(store: &MemoryStore, token: &str, expires_at_ms: u64) {
        store.set(&app_key(), StoredValue::new(token, Some(expires_at_ms))).await.unwrap();
    }

    #[tokio::test]
    async fn a_fresh_stored_token_is_used_without_a_request() {
        let store = Arc::new(MemoryStore::with_clock(ManualClock::new(NOW)));
        store_app_token(&store, "STORED", NOW + 7_200_000).await;
        let network = Arc::new(Network::default());
        let cached = manager(store, &network).fetch(&Credential::App, None).await.unwrap();
        assert_eq!(cached.token, Secret::from("STORED"));
        assert_eq!(network.requests(), 0);
    }

    #[tokio::test]
    async fn a_rejected_or_nearly_expired_stored_token_is_fetched_again() {
        let store = Arc::new(MemoryStore::with_clock(ManualClock::new(NOW)));
        let network = Arc::new(Network::default());
        let manager = manager(store.clone(), &network);
        store_app_token(&store, "REJECTED", NOW + 7_200_000).await;
        let error = manager.fetch(&Credential::App, Some(&Secret::from("REJECTED"))).await.unwrap_err();
        assert_eq!(error.class(), ErrorClass::Transport, "{error}");
        assert_eq!(network.requests(), 1, "the token endpoint was asked");
        // Inside the refresh margin: another process must not be handed it either.
        store_app_token(&store, "OLD", NOW + 60_000).await;
        manager.fetch(&Credential::App, None).await.unwrap_err();
        assert_eq!(network.requests(), 2);
    }

    #[tokio::test]
    async fn a_token_shorter_lived_than_the_margin_is_shared_through_the_store() {
        let store = Arc::new(MemoryStore::with_clock(ManualClock::new(NOW)));
        let network = Arc::new(Network::answering(200));
        // The default margin (5 minutes) is longer than the token's 200 s.
        let first = manager(store.clone(), &network).fetch(&Credential::App, None).await.unwrap();
        assert_eq!(first.refresh_at_ms, NOW + 100_000, "refreshed at half its lifetime");
        let stored = store.get(&app_key()).await.unwrap().unwrap();
        assert_eq!(stored.refresh_at_ms, Some(NOW + 100_000), "the refresh moment is shared");
        let other_process = manager(store, &network).fetch(&Credential::App, None).await.unwrap();
        assert_eq!(other_process.token, first.token);
        assert_eq!(other_process.refresh_at_ms, first.refresh_at_ms);
        assert_eq!(network.requests(), 1, "one fetch between two processes");
    }

    #[tokio::test]
    async fn a_fetched_token_reaches_every_caller_when_the_store_write_fails() {
        let store = Arc::new(Outage::default());
        store.refuse_writes.store(true, Ordering::SeqCst);
        let network = Network::answering(7200);
        let manager = manager_with(store, &network, TokenSettings::default());
        let callers: Vec<_> = (0..50)
            .map(|_| {
                let manager = manager.clone();
                tokio::spawn(async move { manager.credential(CredentialRequest::App).await })
            })
            .collect();
        for caller in callers {
            assert_eq!(caller.await.unwrap().unwrap(), Secret::from("FETCHED_0"));
        }
        assert_eq!(network.requests(), 1, "one fetch, kept although the store refused it");
        assert_eq!(manager.credential_now(CredentialRequest::App), Some(Secret::from("FETCHED_0")));
    }

    #[tokio::test]
    async fn a_stale_token_with_the_store_down_fails_naming_the_store() {
        let store = Arc::new(Outage::default());
        let network = Network::answering(7200);
        let manager = manager_with(store.clone(), &network, TokenSettings::default());
        let token = manager.credential(CredentialRequest::App).await.unwrap();
        store.down.store(true, Ordering::SeqCst);
        assert!(
            manager.invalidate(CredentialRequest::App, &token).await,
            "asking again gives something else than the rejected token: the store's error"
        );
        let error = manager.credential(CredentialRequest::App).await.unwrap_err();
        assert_eq!(error.class(), ErrorClass::Store, "{error}");
        assert!(error.to_string().contains("token store unavailable"), "{error}");
        assert_eq!(network.requests(), 1, "no fetch without the store's lock");
    }

    #[tokio::test]
    async fn a_lock_left_by_a_dead_process_is_taken_over_once_its_lease_lapses() {
        let store = Arc::new(MemoryStore::new());
        let network = Network::answering(7200);
        let settings = TokenSettings { lock_lease_ms: 200, lock_wait_ms: 5_000, ..TokenSettings::default() };
        let manager = manager_with(store.clone(), &network, settings);
        assert!(store.try_lock(&app_key(), "a process that died mid-fetch", 200).await.unwrap());
        let token = manager.credential(CredentialRequest::App).await.unwrap();
        assert_eq!(token, Secret::from("FETCHED_0"));
        assert_eq!(network.requests(), 1);
    }
}
