//! A loopback fake of WeChat's token endpoints that mints numbered tokens and counts requests, and a
//! gate endpoint that rejects chosen tokens with 40001.

use std::collections::HashSet;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

pub const STABLE_TOKEN: &str = "/cgi-bin/stable_token";
pub const CLASSIC_TOKEN: &str = "/cgi-bin/token";
pub const COMPONENT_TOKEN: &str = "/cgi-bin/component/api_component_token";
pub const AUTHORIZER_TOKEN_PATH: &str = "/cgi-bin/component/api_authorizer_token";
pub const QUERY_AUTH: &str = "/cgi-bin/component/api_query_auth";

/// Mints `{prefix}_{n}` tokens. In stable mode a normal request returns the current token and only
/// `force_refresh` mints a new one, as `/cgi-bin/stable_token` does.
pub struct Minter {
    prefix: &'static str,
    field: &'static str,
    stable: bool,
    delay: Duration,
    minted: AtomicUsize,
    current: Mutex<Option<String>>,
    extra: Value,
}

impl Minter {
    pub fn new(prefix: &'static str, field: &'static str) -> Self {
        Minter {
            prefix,
            field,
            stable: false,
            delay: Duration::ZERO,
            minted: AtomicUsize::new(0),
            current: Mutex::new(None),
            extra: json!({}),
        }
    }

    pub fn stable(mut self) -> Self {
        self.stable = true;
        self
    }

    /// Answers after `delay`, so concurrent callers overlap with the fetch.
    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    /// Fields added to every answer (e.g. a rotated refresh token).
    pub fn with(mut self, extra: Value) -> Self {
        self.extra = extra;
        self
    }

    fn mint(&self) -> String {
        format!("{}_{}", self.prefix, self.minted.fetch_add(1, Ordering::SeqCst))
    }
}

impl Respond for Minter {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let body: Value = serde_json::from_slice(&request.body).unwrap_or(Value::Null);
        let force = body["force_refresh"].as_bool().unwrap_or(false);
        let token = {
            let mut current = self.current.lock().unwrap();
            match (&*current, self.stable && !force) {
                (Some(token), true) => token.clone(),
                _ => {
                    let token = self.mint();
                    *current = Some(token.clone());
                    token
                }
            }
        };
        let mut answer = json!({ self.field: token, "expires_in": 7200 });
        if let (Some(answer), Some(extra)) = (answer.as_object_mut(), self.extra.as_object()) {
            answer.extend(extra.clone());
        }
        ResponseTemplate::new(200).set_body_json(answer).set_delay(self.delay)
    }
}

/// Answers 40001 for rejected tokens (after `delay`), success otherwise.
#[derive(Clone, Default)]
pub struct Gate {
    rejected: Arc<Mutex<HashSet<String>>>,
    reject_all: Arc<AtomicUsize>,
    delay: Duration,
}

impl Gate {
    pub fn delay(mut self, delay: Duration) -> Self {
        self.delay = delay;
        self
    }

    pub fn reject(&self, token: &str) {
        self.rejected.lock().unwrap().insert(token.to_owned());
    }

    pub fn reject_all(&self) {
        self.reject_all.store(1, Ordering::SeqCst);
    }
}

impl Respond for Gate {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let token = request.url.query_pairs().find(|(k, _)| k == "access_token").map(|(_, v)| v.into_owned());
        let rejected = self.reject_all.load(Ordering::SeqCst) == 1
            || token.is_none_or(|t| self.rejected.lock().unwrap().contains(&t));
        let body = if rejected {
            json!({"errcode": 40001, "errmsg": "invalid credential, access_token is invalid or not latest"})
        } else {
            json!({"errcode": 0, "errmsg": "ok"})
        };
        ResponseTemplate::new(200).set_body_json(body).set_delay(self.delay)
    }
}

/// Mounts `responder` for `method path`.
pub async fn mount(server: &MockServer, verb: &str, route: &str, responder: impl Respond + 'static) {
    Mock::given(method(verb)).and(path(route)).respond_with(responder).mount(server).await;
}

/// How many requests `server` received on `route`.
pub async fn hits(server: &MockServer, route: &str) -> usize {
    server.received_requests().await.unwrap_or_default().iter().filter(|r| r.url.path() == route).count()
}

/// The JSON bodies `server` received on `route`.
pub async fn bodies(server: &MockServer, route: &str) -> Vec<Value> {
    server
        .received_requests()
        .await
        .unwrap_or_default()
        .iter()
        .filter(|r| r.url.path() == route)
        .map(|r| serde_json::from_slice(&r.body).unwrap_or(Value::Null))
        .collect()
}
