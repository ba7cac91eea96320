//! Everything the sandbox remembers: apps, tokens, authorizers, IM state, quotas, faults, and what
//! it received.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Serialize;

use crate::fault::FaultRule;
use crate::im::ImState;
use crate::SandboxConfig;

/// How many received requests are kept for inspection (hits are counted for all).
pub const RECEIVED_KEPT: usize = 10_000;

/// How long a pre-authorization code lives (`expires_in` of `api_create_preauthcode`).
pub const PRE_AUTH_CODE_LIFETIME_SECS: u64 = 1800;

/// The kinds of token the sandbox issues, as counted and as prefixed in the token itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// `/cgi-bin/token`.
    Access,
    /// `/cgi-bin/stable_token`.
    Stable,
    /// `api_component_token`.
    Component,
    /// `api_query_auth` and `api_authorizer_token`.
    Authorizer,
}

impl TokenKind {
    /// The name counters use: the token's field name in WeChat's answer.
    pub fn name(self) -> &'static str {
        match self {
            TokenKind::Access => "access_token",
            TokenKind::Stable => "stable_token",
            TokenKind::Component => "component_access_token",
            TokenKind::Authorizer => "authorizer_access_token",
        }
    }

    fn prefix(self) -> &'static str {
        match self {
            TokenKind::Access => "APP",
            TokenKind::Stable => "STABLE",
            TokenKind::Component => "COMPONENT",
            TokenKind::Authorizer => "AUTHORIZER",
        }
    }
}

/// Who a token belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenOwner {
    App(String),
    Component(String),
    Authorizer(String),
}

#[derive(Clone, Debug)]
pub struct TokenRecord {
    pub owner: TokenOwner,
    pub expires_at: u64,
    /// Replaced by a newer token: valid until this time (the grace period), then 40001.
    pub revoked_at: Option<u64>,
}

/// A merchant that authorized the platform.
#[derive(Clone, Debug, Default)]
pub struct Merchant {
    pub refresh_token: String,
    pub granted: Vec<u16>,
    pub signature: String,
    pub signature_changes: u32,
    pub search_status: u8,
    pub search_banned: bool,
    /// (first, second, audit status: 1 under review, 2 rejected, 3 approved).
    pub categories: Vec<(u64, u64, u8)>,
    /// Authorizer options set through the platform (`location_report`, `voice_recognize`,
    /// `customer_service`); unset ones read as "0".
    pub options: std::collections::BTreeMap<String, String>,
    /// Authorizations in this run: the first pushes `authorized`, later ones `updateauthorized`.
    pub authorizations: u32,
}

/// A push the sandbox makes after answering a request, as WeChat does.
#[derive(Clone, Debug)]
pub enum Outgoing {
    /// A fresh verify ticket to the authorization-event URL (after `api_start_push_ticket`).
    Ticket,
    /// The review of a submitted Mini Program version passed (`weapp_audit_success`).
    AuditPassed {
        /// The Mini Program.
        authorizer: String,
    },
}

/// A request as received. In JSON (the control API's request log) the body is the JSON it
/// carried, or its text when it is not JSON (XML, multipart uploads: invalid UTF-8 replaced).
#[derive(Clone, Debug, Serialize)]
pub struct Received {
    /// Its place among every request received (from 1).
    pub seq: u64,
    /// Unix seconds on the sandbox clock.
    pub at: u64,
    pub method: String,
    pub path: String,
    pub query: String,
    #[serde(serialize_with = "body_as_json")]
    pub body: Vec<u8>,
}

fn body_as_json<S: serde::Serializer>(body: &[u8], serializer: S) -> Result<S::Ok, S::Error> {
    match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(json) => json.serialize(serializer),
        Err(_) => serializer.serialize_str(&String::from_utf8_lossy(body)),
    }
}

pub struct State {
    pub config: SandboxConfig,
    /// Added to the real clock: tests move time forward without sleeping.
    pub offset: Duration,
    pub tokens: HashMap<String, TokenRecord>,
    /// The current classic and stable token of each app.
    pub current_classic: HashMap<String, String>,
    pub current_stable: HashMap<String, String>,
    pub component_token: Option<String>,
    /// The verify tickets pushed, with when each expires: any unexpired one is accepted, as a
    /// ticket pushed while another was on its way must not make that one fail.
    pub verify_tickets: HashMap<String, u64>,
    /// When the next verify ticket is due (sandbox time), while a component callback URL is set.
    pub next_ticket_at: Option<u64>,
    /// Pre-authorization codes made and not used yet, with when they expire.
    pub pre_auth_codes: HashMap<String, u64>,
    pub merchants: HashMap<String, Merchant>,
    pub auth_codes: HashMap<String, String>,
    /// Mini Program login codes issued by `Control::login`.
    pub login_codes: HashMap<String, crate::login::LoginCode>,
    /// The latest session key of each (appid, openid).
    pub sessions: HashMap<(String, String), String>,
    /// Token fetches today per appid (45009 beyond the daily quota).
    pub token_fetches: HashMap<String, u32>,
    /// Calls per (caller, path) in the current minute (45011 beyond the limit).
    pub minute: (u64, HashMap<(String, String), u32>),
    pub im: ImState,
    /// Customer-service messages sent, as (authorizer appid, body).
    pub customer_messages: Vec<(String, serde_json::Value)>,
    /// Pushes to make once the current request is answered.
    pub outbox: Vec<Outgoing>,
    pub faults: Vec<FaultRule>,
    /// The latest requests, at most [`RECEIVED_KEPT`].
    pub received: VecDeque<Received>,
    /// Requests per path, all of them.
    pub hits: HashMap<String, usize>,
    pub requests_total: u64,
    /// Tokens issued, by [`TokenKind::name`].
    pub tokens_issued: BTreeMap<&'static str, u64>,
    /// Pushes made, by kind: (answered `success`, not).
    pub pushes: BTreeMap<&'static str, PushCount>,
    pub serial: u64,
    /// Makes up tokens, codes and ids: seeded by the configuration's `seed`.
    pub rng: fastrand::Rng,
}

/// Pushes of one kind: answered `success` by the platform, or not (an error status, another
/// answer, or no answer).
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct PushCount {
    pub succeeded: u64,
    pub failed: u64,
}

impl State {
    pub fn new(config: SandboxConfig) -> Self {
        let mut merchants = HashMap::new();
        for merchant in &config.merchants {
            merchants.insert(
                merchant.appid.clone(),
                Merchant {
                    refresh_token: format!("refresh@@@{}", merchant.appid),
                    granted: merchant.granted.clone(),
                    categories: vec![(1, 2, 3), (8, 39, 2)],
                    ..Merchant::default()
                },
            );
        }
        let mut im = ImState::default();
        for user in &config.im_accounts {
            im.users.entry(user.clone()).or_default();
        }
        let rng = config.seed.map_or_else(fastrand::Rng::new, fastrand::Rng::with_seed);
        let mut state = State {
            offset: Duration::ZERO,
            tokens: HashMap::new(),
            current_classic: HashMap::new(),
            current_stable: HashMap::new(),
            component_token: None,
            verify_tickets: HashMap::new(),
            next_ticket_at: None,
            pre_auth_codes: HashMap::new(),
            merchants,
            auth_codes: HashMap::new(),
            login_codes: HashMap::new(),
            sessions: HashMap::new(),
            token_fetches: HashMap::new(),
            minute: (0, HashMap::new()),
            im,
            customer_messages: Vec::new(),
            outbox: Vec::new(),
            faults: Vec::new(),
            received: VecDeque::new(),
            hits: HashMap::new(),
            requests_total: 0,
            tokens_issued: BTreeMap::new(),
            pushes: BTreeMap::new(),
            serial: 0,
            rng,
            config,
        };
        // WeChat pushes a ticket as soon as the platform's URL is set, then every interval.
        if state.config.component_callback_url.is_some() {
            state.next_ticket_at = Some(state.now());
        }
        state
    }

    /// Unix seconds on the sandbox clock.
    pub fn now(&self) -> u64 {
        (SystemTime::now() + self.offset).duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
    }

    /// A fresh, unguessable-enough value with a readable prefix.
    pub fn mint(&mut self, prefix: &str) -> String {
        self.serial += 1;
        format!("{prefix}_{}_{:016x}", self.serial, self.rng.u64(..))
    }

    pub fn issue_token(&mut self, owner: TokenOwner, kind: TokenKind) -> String {
        *self.tokens_issued.entry(kind.name()).or_default() += 1;
        let token = self.mint(kind.prefix());
        let expires_at = self.now() + self.config.token_lifetime.as_secs();
        self.tokens.insert(token.clone(), TokenRecord { owner, expires_at, revoked_at: None });
        token
    }

    /// Replaces `old`: it keeps working for `grace`, then is rejected.
    pub fn revoke(&mut self, old: &str, grace: Duration) {
        let until = self.now() + grace.as_secs();
        if let Some(record) = self.tokens.get_mut(old) {
            record.revoked_at = Some(record.revoked_at.map_or(until, |at| at.min(until)));
        }
    }

    /// The owner of a valid token, or the errcode WeChat answers: 40001 unknown or replaced, 42001
    /// expired.
    pub fn check_token(&self, token: &str) -> Result<TokenOwner, i64> {
        let now = self.now();
        let record = self.tokens.get(token).ok_or(40001)?;
        if record.revoked_at.is_some_and(|at| now >= at) {
            return Err(40001);
        }
        if now >= record.expires_at {
            return Err(42001);
        }
        Ok(record.owner.clone())
    }

    /// Logs a request (its sequence number and time are set here) and counts it.
    pub fn record(&mut self, mut request: Received) {
        self.requests_total += 1;
        request.seq = self.requests_total;
        request.at = self.now();
        *self.hits.entry(request.path.clone()).or_default() += 1;
        if self.received.len() == RECEIVED_KEPT {
            self.received.pop_front();
        }
        self.received.push_back(request);
    }

    /// A pre-authorization code, as `api_create_preauthcode` makes it.
    pub fn make_pre_auth_code(&mut self) -> String {
        let code = self.mint("preauthcode@@@");
        let expires_at = self.now() + PRE_AUTH_CODE_LIFETIME_SECS;
        self.pre_auth_codes.insert(code.clone(), expires_at);
        code
    }

    /// Counts a push of `kind` and how the platform answered.
    pub fn count_push(&mut self, kind: &'static str, succeeded: bool) {
        let count = self.pushes.entry(kind).or_default();
        match succeeded {
            true => count.succeeded += 1,
            false => count.failed += 1,
        }
    }

    /// Counts a token fetch of `appid`: 45009 beyond the daily quota.
    pub fn count_token_fetch(&mut self, appid: &str) -> Result<(), i64> {
        let count = self.token_fetches.entry(appid.to_owned()).or_default();
        *count += 1;
        if *count > self.config.daily_token_quota {
            return Err(45009);
        }
        Ok(())
    }

    /// Counts a call of `caller` on `path`: 45011 beyond the per-minute limit.
    pub fn count_minute(&mut self, caller: &str, path: &str) -> Result<(), i64> {
        let minute = self.now() / 60;
        if self.minute.0 != minute {
            self.minute = (minute, HashMap::new());
        }
        let count = self.minute.1.entry((caller.to_owned(), path.to_owned())).or_default();
        *count += 1;
        if *count > self.config.per_minute_limit {
            return Err(45011);
        }
        Ok(())
    }
}

/// The original ID (`gh_...`) the sandbox gives an account.
pub fn username_of(appid: &str) -> String {
    let id: String = appid.chars().skip(2).take(12).collect();
    format!("gh_{id}")
}
