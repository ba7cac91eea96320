//! A faithful fake of the WeChat Open Platform and Tencent IM servers, on loopback: the embedded
//! default of the wx SDK, for the demo, its own tests and yours.
//!
//! ```no_run
//! # async fn run() {
//! let sandbox = wx_sandbox::Sandbox::start().await.unwrap();
//! let base = sandbox.base_url();            // for both WeChat and IM paths
//! let credentials = sandbox.credentials();  // appids, secrets, keys it accepts
//! sandbox.control().inject(Some("/wxa/release"), wx_sandbox::Fault::Errcode(-1), Some(2));
//! # }
//! ```

mod catalog;
mod fault;
mod im;
mod login;
mod push;
mod release_check;
mod reply;
mod samples;
mod server;
mod state;
mod wechat;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

pub use fault::Fault;
pub use im::ImCallbackConfig;
pub use release_check::CheckCase;
pub use samples::{Samples, SAMPLES_VARIABLE};
pub use state::Received;

use fault::FaultRule;
use state::State;

/// One merchant the sandbox knows, with the permission sets it grants when it authorizes.
#[derive(Clone, Debug)]
pub struct MerchantConfig {
    pub appid: String,
    pub granted: Vec<u16>,
}

/// What the sandbox accepts and how strict it is.
#[derive(Clone, Debug)]
pub struct SandboxConfig {
    pub app_appid: String,
    pub app_secret: String,
    pub component_appid: String,
    pub component_secret: String,
    /// The platform's message-and-event URL, with `$APPID$` where the authorizer's appid goes: the
    /// sandbox pushes review results there (a submitted version passes review at once).
    pub message_url: Option<String>,
    /// The callback URL's token and EncodingAESKey (pushes are encrypted with them).
    pub callback_token: String,
    pub encoding_aes_key: String,
    pub merchants: Vec<MerchantConfig>,
    pub im_sdkappid: u64,
    pub im_admin: String,
    pub im_key: String,
    pub token_lifetime: Duration,
    /// How long a replaced token keeps working.
    pub grace_period: Duration,
    pub daily_token_quota: u32,
    pub per_minute_limit: u32,
    pub monthly_signature_quota: u32,
    pub blacklist: Vec<String>,
    pub im_calls_per_second: u32,
    /// The app's IM callback URL: messages sent through the sandbox are put to it before and
    /// after, as the IM backend does.
    pub im_callback: Option<ImCallbackConfig>,
    /// The documents' response samples, answered by endpoints without behaviour of their own
    /// (none: those answer a bare success envelope, and paths outside the catalog 404).
    pub samples: Option<Arc<Samples>>,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            app_appid: "wxsandboxapp000001".into(),
            app_secret: "sandbox-app-secret-0123456789abcd".into(),
            component_appid: "wxsandboxcomponent".into(),
            component_secret: "sandbox-component-secret-0123456".into(),
            message_url: None,
            callback_token: "sandbox_callback_token".into(),
            encoding_aes_key: "sandboxEncodingAesKey0123456789abcdefghijkl".into(),
            merchants: vec![
                MerchantConfig { appid: "wxsandboxmerchant1".into(), granted: vec![3, 8, 17, 18, 30] },
                MerchantConfig { appid: "wxsandboxmerchant2".into(), granted: vec![17, 18] },
            ],
            im_sdkappid: 1400000000,
            im_admin: "administrator".into(),
            im_key: "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e".into(),
            token_lifetime: Duration::from_secs(7200),
            grace_period: Duration::from_secs(300),
            daily_token_quota: 2000,
            per_minute_limit: 5000,
            monthly_signature_quota: 5,
            blacklist: vec!["blacklisted".into(), "违禁".into()],
            im_calls_per_second: 200,
            im_callback: None,
            samples: None,
        }
    }
}

/// A request as the handlers see it.
pub(crate) struct Request {
    pub method: String,
    pub path: String,
    pub query: String,
    pub body: Vec<u8>,
}

impl Request {
    pub fn query_map(&self) -> HashMap<String, String> {
        url::form_urlencoded::parse(self.query.as_bytes()).into_owned().collect()
    }
}

/// Sets state, injects faults and reads what the sandbox received. Cheap to clone.
#[derive(Clone)]
pub struct Control {
    state: Arc<Mutex<State>>,
    http: reqwest::Client,
}

impl Control {
    pub(crate) fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Applies `fault` to the next `times` requests on `path` (every path when `None`; for ever when
    /// `times` is `None`).
    pub fn inject(&self, path: Option<&str>, fault: Fault, times: Option<u32>) {
        self.lock().faults.push(FaultRule { path: path.map(str::to_owned), fault, remaining: times });
    }

    pub fn clear_faults(&self) {
        self.lock().faults.clear();
    }

    /// Moves the sandbox clock forward (tokens, tickets and UserSigs expire by it).
    pub fn advance(&self, by: Duration) {
        self.lock().offset += by;
    }

    /// Bans (or unbans) an authorizer's search status: setSearchStatus answers 85083.
    pub fn ban_search(&self, authorizer: &str, banned: bool) {
        self.lock().merchants.entry(authorizer.to_owned()).or_default().search_banned = banned;
    }

    /// Sets the token fetches left today before 45009.
    pub fn set_daily_token_quota(&self, quota: u32) {
        let mut state = self.lock();
        state.config.daily_token_quota = quota;
        state.token_fetches.clear();
    }

    /// Sets the calls per minute per caller and path before 45011.
    pub fn set_per_minute_limit(&self, limit: u32) {
        self.lock().config.per_minute_limit = limit;
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

    /// The requests received so far (the latest 10,000).
    pub fn received(&self) -> Vec<Received> {
        self.lock().received.iter().cloned().collect()
    }

    /// How many requests arrived on `path` (all of them).
    pub fn hits(&self, path: &str) -> usize {
        self.lock().hits.get(path).copied().unwrap_or(0)
    }

    /// How many requests arrived in all.
    pub fn total_hits(&self) -> usize {
        self.lock().hits.values().sum()
    }

    /// Sets (or removes) the app's IM callback URL and its authentication token.
    pub fn set_im_callback(&self, callback: Option<ImCallbackConfig>) {
        self.lock().config.im_callback = callback;
    }

    /// How many IM callbacks the sandbox has sent ("after" callbacks are counted when queued).
    pub fn im_callbacks_sent(&self) -> u64 {
        self.lock().im.callbacks_sent
    }

    /// Sets (or removes) the platform's message-and-event URL (`$APPID$` stands for the authorizer).
    pub fn set_message_url(&self, url: Option<String>) {
        self.lock().config.message_url = url;
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

    /// Pushes a fresh, encrypted component_verify_ticket to `callback_url`; returns the HTTP
    /// status and body of the answer.
    pub async fn push_ticket(&self, callback_url: &str) -> Result<(u16, String), String> {
        push::ticket(self, callback_url).await
    }

    /// `authorizer` authorizes the platform: an authorization code is created and pushed as an
    /// encrypted `authorized` event to `callback_url`.
    pub async fn push_authorized(
        &self,
        callback_url: &str,
        authorizer: &str,
    ) -> Result<(u16, String), String> {
        push::authorized(self, callback_url, authorizer).await
    }
}

/// The accounts and keys the sandbox accepts: its configuration.
pub type Credentials = SandboxConfig;

/// A running sandbox; stops when dropped.
pub struct Sandbox {
    address: SocketAddr,
    control: Control,
    credentials: Credentials,
    server: tokio::task::JoinHandle<()>,
}

impl Sandbox {
    /// Starts with the default configuration on a free loopback port.
    pub async fn start() -> std::io::Result<Sandbox> {
        Self::start_with(SandboxConfig::default(), 0).await
    }

    /// Starts with `config` on `port` (0: a free one).
    pub async fn start_with(config: SandboxConfig, port: u16) -> std::io::Result<Sandbox> {
        let credentials = config.clone();
        let control =
            Control { state: Arc::new(Mutex::new(State::new(config))), http: reqwest::Client::new() };
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
        let address = listener.local_addr()?;
        let server = tokio::spawn(server::serve(listener, control.clone()));
        Ok(Sandbox { address, control, credentials, server })
    }

    /// `http://127.0.0.1:{port}`, the base URL of both families.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.address)
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    pub fn control(&self) -> &Control {
        &self.control
    }

    pub fn credentials(&self) -> &Credentials {
        &self.credentials
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        self.server.abort();
    }
}
