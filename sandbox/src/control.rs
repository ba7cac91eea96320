//! [`Control`]: everything a test (or another language, through the HTTP control API in
//! `control_api.rs`, which calls these methods and nothing else) can do to the sandbox besides
//! calling it: push tickets and authorizations, move the clock, inject faults, change settings,
//! read counters and the request log, reset.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::config::Settings;
use crate::fault::{Fault, FaultRule};
use crate::im::ImCallbackConfig;
use crate::push::{self, Delivery};
use crate::release_check::{self, CheckCase};
use crate::state::{PushCount, Received, State, TokenOwner};
use crate::{login, SandboxConfig};

/// Sets state, injects faults and reads what the sandbox received. Cheap to clone.
#[derive(Clone)]
pub struct Control {
    state: Arc<Mutex<State>>,
    /// The configuration the sandbox started with, for [`Control::reset`].
    initial: Arc<SandboxConfig>,
    pub(crate) http: reqwest::Client,
    /// Held while a scheduled ticket is pushed, so a due ticket is pushed once.
    schedule: Arc<tokio::sync::Mutex<()>>,
}

/// Why a control operation was refused.
#[derive(Debug, thiserror::Error)]
pub enum ControlError {
    /// The operation pushes to a URL the sandbox was not given.
    #[error("no {0} is configured: start the sandbox with --{flag} or set it with PATCH /_sandbox/config", flag = .0.replace('_', "-"))]
    NoUrl(&'static str),
    /// The pre-authorization code was not made by `api_create_preauthcode`, or was used.
    #[error("pre_auth_code {0} is unknown or already used: make one with api_create_preauthcode")]
    UnknownPreAuthCode(String),
    /// The pre-authorization code's 30 minutes are over.
    #[error("pre_auth_code {0} has expired")]
    ExpiredPreAuthCode(String),
    /// The merchant has not authorized the platform.
    #[error("{0} has not authorized the platform")]
    NotAuthorized(String),
    /// A value that cannot be used.
    #[error("{0}")]
    Invalid(String),
}

impl ControlError {
    /// The HTTP status the control API answers it with.
    pub fn status(&self) -> u16 {
        match self {
            ControlError::NoUrl(_) => 409,
            ControlError::UnknownPreAuthCode(_) | ControlError::NotAuthorized(_) => 404,
            ControlError::ExpiredPreAuthCode(_) => 410,
            ControlError::Invalid(_) => 400,
        }
    }
}

/// A merchant authorizing the platform on WeChat's authorization page.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Authorization {
    /// The merchant's appid.
    pub authorizer_appid: String,
    /// The pre-authorization code the platform made with `api_create_preauthcode` and put in
    /// its authorization link. None: one is made for the occasion.
    #[serde(default)]
    pub pre_auth_code: Option<String>,
    /// The permission sets granted. None: the merchant's configured ones.
    #[serde(default)]
    pub granted: Option<Vec<u16>>,
}

/// What an authorization made: the push carries both codes.
#[derive(Clone, Debug, Serialize)]
pub struct Authorized {
    pub authorizer_appid: String,
    /// `authorized` for a merchant's first authorization in this run, `updateauthorized` after.
    pub info_type: &'static str,
    /// For `api_query_auth` (the redirect to the platform's page carries it too).
    pub authorization_code: String,
    pub pre_auth_code: String,
    pub granted: Vec<u16>,
    /// The push to the authorization-event URL; none when no URL is configured.
    pub push: Option<Delivery>,
}

/// What the sandbox has done so far.
#[derive(Clone, Debug, Serialize)]
pub struct Counters {
    /// Requests received (WeChat and IM; not the control API's).
    pub requests_total: u64,
    /// Requests by path.
    pub requests: BTreeMap<String, usize>,
    /// Tokens issued by kind: `access_token`, `stable_token`, `component_access_token`,
    /// `authorizer_access_token`.
    pub tokens_issued: BTreeMap<&'static str, u64>,
    /// IM REST calls received.
    pub im_calls_total: usize,
    /// IM REST calls by command (`openim/sendmsg`).
    pub im_calls: BTreeMap<String, usize>,
    /// IM callbacks sent to the app ("after" callbacks counted when queued).
    pub im_callbacks_sent: u64,
    /// Pushes to the platform by kind, taken or not.
    pub pushes: BTreeMap<&'static str, PushCount>,
}

/// The sandbox clock.
#[derive(Clone, Debug, Serialize)]
pub struct Clock {
    /// Unix seconds on the sandbox clock.
    pub now: u64,
    /// How far it is ahead of the real clock, in seconds.
    pub offset_secs: u64,
    /// When the next verify ticket is due (none while no callback URL is set).
    pub next_ticket_at: Option<u64>,
}

impl Control {
    pub(crate) fn new(config: SandboxConfig) -> Control {
        Control {
            initial: Arc::new(config.clone()),
            state: Arc::new(Mutex::new(State::new(config))),
            http: reqwest::Client::new(),
            schedule: Arc::new(tokio::sync::Mutex::new(())),
        }
    }

    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The configuration in force: the start's, with the changes made since.
    pub fn config(&self) -> SandboxConfig {
        self.lock().config.clone()
    }

    /// Changes settings while the sandbox runs; answers the configuration in force. Nothing
    /// changes when a value is refused. Setting the authorization-event URL makes a ticket due now.
    pub fn configure(&self, settings: Settings) -> Result<SandboxConfig, ControlError> {
        let mut state = self.lock();
        let mut config = state.config.clone();
        let url_set = matches!(settings.component_callback_url, Some(Some(_)));
        let quota_set = settings.daily_token_quota.is_some();
        settings.apply(&mut config);
        config.check().map_err(|e| ControlError::Invalid(e.to_string()))?;
        if quota_set {
            state.token_fetches.clear();
        }
        state.next_ticket_at = match (&config.component_callback_url, url_set) {
            (None, _) => None,
            (Some(_), true) => Some(state.now()),
            (Some(_), false) => state.next_ticket_at,
        };
        state.config = config.clone();
        Ok(config)
    }

    /// Sets (or removes) the platform's authorization-event URL; a ticket is due at once.
    pub fn set_component_callback_url(&self, url: Option<String>) -> Result<(), ControlError> {
        self.configure(Settings { component_callback_url: Some(url), ..Settings::default() }).map(drop)
    }

    /// Sets (or removes) the platform's message-and-event URL (`$APPID$` stands for the authorizer).
    pub fn set_message_url(&self, url: Option<String>) -> Result<(), ControlError> {
        self.configure(Settings { message_url: Some(url), ..Settings::default() }).map(drop)
    }

    /// Sets (or removes) the app's IM callback URL and its authentication token.
    pub fn set_im_callback(&self, callback: Option<ImCallbackConfig>) -> Result<(), ControlError> {
        self.configure(Settings { im_callback: Some(callback), ..Settings::default() }).map(drop)
    }

    /// Sets the token fetches left today before 45009 (and starts the day's count again).
    pub fn set_daily_token_quota(&self, quota: u32) -> Result<(), ControlError> {
        self.configure(Settings { daily_token_quota: Some(quota), ..Settings::default() }).map(drop)
    }

    /// Sets the calls per minute per caller and path before 45011.
    pub fn set_per_minute_limit(&self, limit: u32) -> Result<(), ControlError> {
        self.configure(Settings { per_minute_limit: Some(limit), ..Settings::default() }).map(drop)
    }

    /// Applies `fault` to the next `times` requests on `path` (every path when `None`; for ever when
    /// `times` is `None`).
    pub fn inject(&self, path: Option<&str>, fault: Fault, times: Option<u32>) {
        self.lock().faults.push(FaultRule { path: path.map(str::to_owned), fault, times });
    }

    /// The faults waiting to apply, first match first.
    pub fn faults(&self) -> Vec<FaultRule> {
        self.lock().faults.clone()
    }

    pub fn clear_faults(&self) {
        self.lock().faults.clear();
    }

    /// Moves the sandbox clock forward (tokens, tickets and UserSigs expire by it; a verify ticket
    /// falls due every 10 minutes of it).
    pub fn advance(&self, by: Duration) {
        self.lock().offset += by;
    }

    pub fn clock(&self) -> Clock {
        let state = self.lock();
        Clock { now: state.now(), offset_secs: state.offset.as_secs(), next_ticket_at: state.next_ticket_at }
    }

    /// Pushes the verify ticket if one is due (the authorization-event URL is set and the
    /// interval has passed on the sandbox clock); waits for a scheduled push under way. The
    /// sandbox calls it every second; call it after [`Control::advance`] to have the push made
    /// before going on.
    pub async fn push_due_ticket(&self) -> Option<Delivery> {
        let _one_at_a_time = self.schedule.lock().await;
        let url = {
            let mut state = self.lock();
            let url = state.config.component_callback_url.clone()?;
            let now = state.now();
            if state.next_ticket_at.is_none_or(|due| due > now) {
                return None;
            }
            state.next_ticket_at = Some(now + state.config.ticket_interval.as_secs());
            url
        };
        Some(push::ticket(self, &url).await)
    }

    /// Pushes a fresh, encrypted component_verify_ticket to the authorization-event URL now, as
    /// WeChat does after `api_start_push_ticket`.
    pub async fn push_ticket_now(&self) -> Result<Delivery, ControlError> {
        let url = self.component_url()?;
        Ok(push::ticket(self, &url).await)
    }

    /// Pushes a fresh, encrypted component_verify_ticket to `callback_url`.
    pub async fn push_ticket(&self, callback_url: &str) -> Delivery {
        push::ticket(self, callback_url).await
    }

    fn component_url(&self) -> Result<String, ControlError> {
        self.lock().config.component_callback_url.clone().ok_or(ControlError::NoUrl("component_callback_url"))
    }

    /// A merchant authorizes the platform: the pre-authorization code is spent, an authorization
    /// code made, and both pushed to the authorization-event URL (when one is set).
    pub async fn authorize(&self, authorization: Authorization) -> Result<Authorized, ControlError> {
        let url = self.lock().config.component_callback_url.clone();
        let mut authorized = self.grant(authorization)?;
        if let Some(url) = url {
            authorized.push = Some(self.push_authorization(&url, &authorized).await);
        }
        Ok(authorized)
    }

    /// `authorizer` authorizes the platform with its configured permission sets, through a
    /// pre-authorization code made for the occasion, and the push goes to `callback_url`.
    pub async fn push_authorized(
        &self,
        callback_url: &str,
        authorizer: &str,
    ) -> Result<Authorized, ControlError> {
        let mut authorized = self
            .grant(Authorization { authorizer_appid: authorizer.to_owned(), ..Authorization::default() })?;
        authorized.push = Some(self.push_authorization(callback_url, &authorized).await);
        Ok(authorized)
    }

    async fn push_authorization(&self, url: &str, authorized: &Authorized) -> Delivery {
        let Authorized { info_type, authorizer_appid, authorization_code, pre_auth_code, .. } = authorized;
        push::authorized(self, url, info_type, authorizer_appid, authorization_code, pre_auth_code).await
    }

    /// The state change of an authorization.
    fn grant(&self, authorization: Authorization) -> Result<Authorized, ControlError> {
        let Authorization { authorizer_appid: appid, pre_auth_code, granted } = authorization;
        if appid.is_empty() {
            return Err(ControlError::Invalid("authorizer_appid is empty".into()));
        }
        let mut state = self.lock();
        let now = state.now();
        let pre_auth_code = match pre_auth_code {
            Some(code) => match state.pre_auth_codes.remove(&code) {
                None => return Err(ControlError::UnknownPreAuthCode(code)),
                Some(expires_at) if expires_at <= now => return Err(ControlError::ExpiredPreAuthCode(code)),
                Some(_) => code,
            },
            None => state.mint("preauthcode@@@"),
        };
        let configured = state.merchants.get(&appid).map(|m| m.granted.clone()).filter(|g| !g.is_empty());
        let Some(granted) = granted.or(configured) else {
            return Err(ControlError::Invalid(format!(
                "{appid} is not a configured merchant: give the permission sets it grants (`granted`)"
            )));
        };
        // An authorization keeps the refresh token the merchant has; a new or returning one gets one.
        let has_refresh_token = state.merchants.get(&appid).is_some_and(|m| !m.refresh_token.is_empty());
        let refresh_token = (!has_refresh_token).then(|| state.mint("refresh@@@"));
        let merchant = state.merchants.entry(appid.clone()).or_default();
        merchant.granted.clone_from(&granted);
        if let Some(refresh_token) = refresh_token {
            merchant.refresh_token = refresh_token;
        }
        merchant.authorizations += 1;
        let info_type = if merchant.authorizations == 1 { "authorized" } else { "updateauthorized" };
        let authorization_code = state.mint("queryauthcode@@@");
        state.auth_codes.insert(authorization_code.clone(), appid.clone());
        Ok(Authorized {
            authorizer_appid: appid,
            info_type,
            authorization_code,
            pre_auth_code,
            granted,
            push: None,
        })
    }

    /// A merchant cancels its authorization: its refresh token and tokens stop working, and
    /// `unauthorized` is pushed to the authorization-event URL (when one is set).
    pub async fn unauthorize(&self, authorizer: &str) -> Result<Option<Delivery>, ControlError> {
        let url = {
            let mut state = self.lock();
            match state.merchants.get_mut(authorizer) {
                Some(merchant) if !merchant.refresh_token.is_empty() => merchant.refresh_token.clear(),
                _ => return Err(ControlError::NotAuthorized(authorizer.to_owned())),
            }
            let tokens: Vec<String> = state
                .tokens
                .iter()
                .filter(|(_, record)| record.owner == TokenOwner::Authorizer(authorizer.to_owned()))
                .map(|(token, _)| token.clone())
                .collect();
            for token in tokens {
                state.revoke(&token, Duration::ZERO);
            }
            state.config.component_callback_url.clone()
        };
        match url {
            Some(url) => Ok(Some(push::unauthorized(self, &url, authorizer).await)),
            None => Ok(None),
        }
    }

    /// Bans (or unbans) an authorizer's search status: setSearchStatus answers 85083.
    pub fn ban_search(&self, authorizer: &str, banned: bool) {
        self.lock().merchants.entry(authorizer.to_owned()).or_default().search_banned = banned;
    }

    /// Invalidates every token of every kind at once (as if another system rotated them).
    pub fn revoke_all_tokens(&self) {
        let mut state = self.lock();
        let tokens: Vec<String> = state.tokens.keys().cloned().collect();
        for token in tokens {
            state.revoke(&token, Duration::ZERO);
        }
        state.current_stable.clear();
        state.current_classic.clear();
    }

    /// The permission sets `authorizer` grants from its next authorization on.
    pub fn set_granted(&self, authorizer: &str, granted: &[u16]) {
        self.lock().merchants.entry(authorizer.to_owned()).or_default().granted = granted.to_vec();
    }

    /// The requests received so far (the latest 10,000), oldest first.
    pub fn received(&self) -> Vec<Received> {
        self.lock().received.iter().cloned().collect()
    }

    /// The latest `limit` requests on `path` (every path when `None`), oldest first.
    pub fn requests(&self, path: Option<&str>, limit: usize) -> Vec<Received> {
        let state = self.lock();
        let matching = state.received.iter().rev().filter(|r| path.is_none_or(|path| r.path == path));
        let mut latest: Vec<Received> = matching.take(limit).cloned().collect();
        latest.reverse();
        latest
    }

    /// How many requests arrived on `path` (all of them).
    pub fn hits(&self, path: &str) -> usize {
        self.lock().hits.get(path).copied().unwrap_or(0)
    }

    /// How many requests arrived in all.
    pub fn total_hits(&self) -> usize {
        self.lock().requests_total as usize
    }

    pub fn counters(&self) -> Counters {
        let state = self.lock();
        let requests: BTreeMap<String, usize> =
            state.hits.iter().map(|(path, n)| (path.clone(), *n)).collect();
        let im_calls: BTreeMap<String, usize> = requests
            .iter()
            .filter_map(|(path, n)| Some((path.strip_prefix("/v4/")?.to_owned(), *n)))
            .collect();
        Counters {
            requests_total: state.requests_total,
            im_calls_total: im_calls.values().sum(),
            requests,
            tokens_issued: state.tokens_issued.clone(),
            im_calls,
            im_callbacks_sent: state.im.callbacks_sent,
            pushes: state.pushes.clone(),
        }
    }

    /// Back to the start: the configuration, state, clock, faults, counters and log the sandbox
    /// started with (the same seed makes the same values again).
    pub fn reset(&self) {
        *self.lock() = State::new(SandboxConfig::clone(&self.initial));
    }

    /// How many IM callbacks the sandbox has sent ("after" callbacks are counted when queued).
    pub fn im_callbacks_sent(&self) -> u64 {
        self.lock().im.callbacks_sent
    }

    /// The customer-service messages sent so far: (authorizer appid, request body).
    pub fn customer_messages(&self) -> Vec<(String, serde_json::Value)> {
        self.lock().customer_messages.clone()
    }

    /// Plays WeChat's release check against the platform's two URLs, as the official page describes
    /// it: the ticket, an authorization, then a test account's text message (a passive reply is
    /// expected), `QUERY_AUTH_CODE:$code$` (an empty answer, then the code exchanged and
    /// `$code$_from_api` sent as a customer-service message), and an event. `message_url` has
    /// `$APPID$` where the test account's appid goes.
    pub async fn play_release_check(&self, component_url: &str, message_url: &str) -> Vec<CheckCase> {
        release_check::play(self, component_url, message_url).await
    }

    /// Whether `user` is an imported IM account.
    pub fn im_account_exists(&self, user: &str) -> bool {
        self.lock().im.users.contains_key(user)
    }

    /// Whether the official account exists in IM state.
    pub fn official_account_exists(&self, id: &str) -> bool {
        self.lock().im.official_accounts.contains_key(id)
    }

    /// `user` logs in to the Mini Program `appid` (`wx.login()`): the code, valid 5 minutes of
    /// sandbox time, for one `jscode2session` (the platform's for a merchant that authorized it,
    /// or the app's own). The session it opens has the openid [`Control::openid`] names.
    pub fn login(&self, appid: &str, user: &str) -> String {
        login::issue(&mut self.lock(), appid, user)
    }

    /// The openid of `user` in the Mini Program `appid`.
    pub fn openid(&self, appid: &str, user: &str) -> String {
        login::openid(appid, user)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_setting_changes_nothing() {
        let control = Control::new(SandboxConfig::default());
        let settings = Settings {
            daily_token_quota: Some(1),
            message_url: Some(Some("not a url".into())),
            ..Settings::default()
        };
        let error = control.configure(settings).unwrap_err();
        assert_eq!(error.status(), 400);
        assert!(error.to_string().contains("message_url"), "{error}");
        assert_eq!(control.config().daily_token_quota, SandboxConfig::default().daily_token_quota);
        let settings: Settings =
            serde_json::from_str(r#"{"message_url": null, "per_minute_limit": 3}"#).unwrap();
        assert_eq!(settings.message_url, Some(None), "null removes the URL");
        assert_eq!(settings.component_callback_url, None, "absent leaves it");
        assert_eq!(control.configure(settings).unwrap().per_minute_limit, 3);
    }

    #[test]
    fn setting_the_component_url_makes_a_ticket_due_and_removing_it_stops_them() {
        let control = Control::new(SandboxConfig::default());
        assert_eq!(control.clock().next_ticket_at, None);
        control.set_component_callback_url(Some("http://127.0.0.1:9/component".into())).unwrap();
        assert_eq!(control.clock().next_ticket_at, Some(control.clock().now));
        control.set_component_callback_url(None).unwrap();
        assert_eq!(control.clock().next_ticket_at, None);
    }

    #[test]
    fn pre_auth_codes_are_spent_once_and_expire() {
        let control = Control::new(SandboxConfig::default());
        let authorization = |code: &str| Authorization {
            authorizer_appid: "wxsandboxmerchant1".into(),
            pre_auth_code: Some(code.into()),
            granted: None,
        };
        let code = control.lock().make_pre_auth_code();
        let granted = control.grant(authorization(&code)).unwrap();
        assert_eq!((granted.pre_auth_code.as_str(), granted.info_type), (code.as_str(), "authorized"));
        assert!(matches!(control.grant(authorization(&code)), Err(ControlError::UnknownPreAuthCode(_))));

        let late = control.lock().make_pre_auth_code();
        control.advance(Duration::from_secs(1800));
        assert!(matches!(control.grant(authorization(&late)), Err(ControlError::ExpiredPreAuthCode(_))));

        let again = control.grant(Authorization { pre_auth_code: None, ..authorization("") }).unwrap();
        assert_eq!(again.info_type, "updateauthorized");
        let stranger = Authorization { authorizer_appid: "wxunknown".into(), ..Authorization::default() };
        assert!(matches!(control.grant(stranger), Err(ControlError::Invalid(_))));
    }
}
