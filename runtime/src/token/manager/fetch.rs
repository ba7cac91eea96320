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
            Credential::ImAdmin => Err(CredentialError::new("UserSigs are generated, not fetched")),
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
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;
    use crate::error::{TransportError, TransportErrorKind};
    use crate::http::{HttpRequest, HttpResponse};
    use crate::token::{ManualClock, MemoryStore};
    use crate::transport::Transport;

    const NOW: u64 = 1_795_219_200_000;

    /// Counts the requests it is asked to send, and sends none.
    #[derive(Default)]
    struct NoNetwork(AtomicUsize);

    impl Transport for Arc<NoNetwork> {
        fn send(&self, _: HttpRequest) -> BoxFuture<'_, Result<HttpResponse, TransportError>> {
            self.0.fetch_add(1, Ordering::SeqCst);
            Box::pin(async {
                Err(TransportError::new(TransportErrorKind::Connect, "no network in unit tests"))
            })
        }
    }

    fn manager(store: Arc<MemoryStore>, network: &Arc<NoNetwork>) -> TokenManager {
        let call_path = CallPath {
            wechat_base: "http://127.0.0.1:9".into(),
            im_base: "http://127.0.0.1:9".into(),
            im_backup_base: None,
            im_account: None,
            transport: Arc::new(network.clone()),
            wechat_limiter: None,
            im_limiter: None,
        };
        let settings =
            TokenSettings { app: Some(("wxapp".into(), Secret::from("SECRET"))), ..Default::default() };
        TokenManager::new(Arc::new(call_path), store, Arc::new(ManualClock::new(NOW)), settings)
    }

    async fn store_app_token(store: &MemoryStore, token: &str, expires_at_ms: u64) {
        let value = StoredValue { value: token.into(), expires_at_ms: Some(expires_at_ms) };
        store.set(&StoreKey::new(StoreKind::AppToken, "wxapp"), value).await.unwrap();
    }

    #[tokio::test]
    async fn a_fresh_stored_token_is_used_without_a_request() {
        let store = Arc::new(MemoryStore::with_clock(ManualClock::new(NOW)));
        store_app_token(&store, "STORED", NOW + 7_200_000).await;
        let network = Arc::new(NoNetwork::default());
        let cached = manager(store, &network).fetch(&Credential::App, None).await.unwrap();
        assert_eq!(cached.token, Secret::from("STORED"));
        assert_eq!(network.0.load(Ordering::SeqCst), 0);
    }

    #[tokio::test]
    async fn a_rejected_or_nearly_expired_stored_token_is_fetched_again() {
        let store = Arc::new(MemoryStore::with_clock(ManualClock::new(NOW)));
        let network = Arc::new(NoNetwork::default());
        let manager = manager(store.clone(), &network);
        store_app_token(&store, "REJECTED", NOW + 7_200_000).await;
        let error = manager.fetch(&Credential::App, Some(&Secret::from("REJECTED"))).await.unwrap_err();
        assert_eq!(error.class(), ErrorClass::Transport, "{error}");
        assert_eq!(network.0.load(Ordering::SeqCst), 1, "the token endpoint was asked");
        // Inside the refresh margin: another process must not be handed it either.
        store_app_token(&store, "OLD", NOW + 60_000).await;
        manager.fetch(&Credential::App, None).await.unwrap_err();
        assert_eq!(network.0.load(Ordering::SeqCst), 2);
    }
}
