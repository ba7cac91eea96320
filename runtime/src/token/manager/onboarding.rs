//! Onboarding and housekeeping of a third-party platform: the verify ticket, pre-authorization
//! codes and the authorization page, the exchange of authorization codes, re-syncing refresh
//! tokens, forgetting merchants, granted permission sets, and callback de-duplication.

use super::*;

/// The component_verify_ticket is valid for 12 hours after its push.
const VERIFY_TICKET_VALIDITY_MS: u64 = 12 * 3600 * 1000;

impl TokenManager {
    /// Stores a pushed component_verify_ticket with its 12-hour validity.
    pub async fn set_verify_ticket(&self, ticket: impl Into<Secret>) -> Result<(), CredentialError> {
        let key = StoreKey::new(StoreKind::VerifyTicket, self.component_appid()?);
        let expires_at_ms = self.now().saturating_add(VERIFY_TICKET_VALIDITY_MS);
        let value = StoredValue::new(ticket.into().expose(), Some(expires_at_ms));
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
        // The authorization code is spent: from here on nothing WeChat answered is dropped. What the
        // store cannot take now stays in this process (see `keep_refresh_token`).
        self.keep_refresh_token(&appid, info.authorizer_refresh_token).await;
        let slot = self.authorizer_slot(&appid);
        slot.grants.store(Some(Arc::new(Grants::Known(granted.as_slice().into()))));
        if let Err(error) = self.store_grants(&appid, &granted).await {
            tracing::warn!(authorizer = %appid, %error, "granted permission sets not stored");
        }
        let now = self.now();
        let expires_at_ms = token_expiry(now, info.expires_in)?;
        let cached =
            Cached::new(info.authorizer_access_token, now, expires_at_ms, self.inner.settings.margin_ms);
        let key = self.authorizer_key(StoreKind::AuthorizerToken, &appid)?;
        let value =
            StoredValue::new(cached.token.expose(), Some(expires_at_ms)).refresh_at(cached.refresh_at_ms);
        if let Err(error) = self.inner.store.set(&key, value).await {
            tracing::warn!(authorizer = %appid, %error, "authorizer token not stored; served from this process");
        }
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
        let value = StoredValue::new(refresh_token.expose(), None);
        self.inner.store.set(&key, value).await.map_err(store_error)
    }

    /// Stores a refresh token WeChat just issued; while the store fails, this process keeps it (and
    /// refreshes with it) until a later refresh stores it. A refresh token that is lost makes the
    /// merchant authorize again, so a failure here is logged as an error.
    pub(super) async fn keep_refresh_token(&self, appid: &str, refresh_token: Secret) {
        let slot = self.authorizer_slot(appid);
        match self.store_refresh_token(appid, &refresh_token).await {
            Ok(()) => slot.unsaved_refresh_token.store(None),
            Err(error) => {
                tracing::error!(
                    authorizer = %appid,
                    %error,
                    "a new refresh token could not be stored; this process keeps it until the store answers \
                     (after a restart, sync_authorizers recovers it)"
                );
                slot.unsaved_refresh_token.store(Some(Arc::new(refresh_token)));
            }
        }
    }

    async fn store_grants(&self, appid: &str, granted: &[u16]) -> Result<(), CredentialError> {
        let key = self.authorizer_key(StoreKind::Grants, appid)?;
        let text = granted.iter().map(u16::to_string).collect::<Vec<_>>().join(",");
        self.inner.store.set(&key, StoredValue::new(text, None)).await.map_err(store_error)?;
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
}

fn parse_grants(text: &str) -> Result<Arc<[u16]>, CredentialError> {
    if text.is_empty() {
        return Ok(Arc::from([]));
    }
    text.split(',').map(|id| id.parse::<u16>()).collect::<Result<Vec<_>, _>>().map(Arc::from).map_err(|_| {
        CredentialError::new("stored permission sets are malformed").with_class(ErrorClass::Store)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_grants_parse_or_fail_as_a_store_error() {
        assert!(parse_grants("").unwrap().is_empty());
        assert_eq!(&*parse_grants("1,17,18").unwrap(), &[1, 17, 18]);
        let error = parse_grants("1,x").unwrap_err();
        assert_eq!(error.class(), ErrorClass::Store);
        assert!(!error.to_string().contains('x'), "no stored text in the message: {error}");
    }
}
