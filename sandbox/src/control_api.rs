//! The HTTP control API under [`CONTROL_PREFIX`](crate::CONTROL_PREFIX): each route reads JSON,
//! calls one [`Control`] method and answers its result as JSON (errors as `{"error": "..."}` with
//! the status [`ControlError::status`] gives). The routes are listed by `GET /_sandbox`.

use std::time::Duration;

use axum::body::Bytes;
use axum::extract::{Query, State as AxumState};
use axum::http::header::CONTENT_TYPE;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::config::Settings;
use crate::control::{Authorization, Control, ControlError};
use crate::fault::FaultRule;
use crate::CONTROL_PREFIX;

/// The operations, as `GET /_sandbox` lists them.
const ROUTES: &[(&str, &str, &str)] = &[
    ("GET", "/config", "the configuration in force (the credentials, keys and URLs)"),
    ("PATCH", "/config", "change callback URLs, quotas, limits, token lifetime"),
    ("POST", "/ticket", "push a fresh component_verify_ticket to the component callback URL now"),
    ("POST", "/authorize", "a merchant authorizes: {authorizer_appid, pre_auth_code?, granted?}"),
    ("POST", "/unauthorize", "a merchant cancels its authorization: {authorizer_appid}"),
    ("POST", "/login", "a user logs in to a Mini Program: {appid, user} -> {code, openid}"),
    ("GET", "/clock", "the sandbox clock"),
    ("POST", "/clock/advance", "move the clock forward: {seconds}; pushes a ticket that falls due"),
    ("GET", "/faults", "the faults waiting to apply"),
    ("POST", "/faults", "inject a fault: {path?, fault, times?}"),
    ("DELETE", "/faults", "clear every fault"),
    ("GET", "/counters", "tokens issued by kind, requests by path, IM calls, pushes"),
    ("GET", "/requests", "the request log: ?path=/cgi-bin/...&limit=100"),
    ("POST", "/reset", "back to the start: state, clock, faults, counters, log"),
    ("POST", "/release-check", "play WeChat's release check: {component_url, message_url}"),
];

pub fn router() -> Router<Control> {
    let route = |path: &str| format!("{CONTROL_PREFIX}{path}");
    Router::new()
        .route(CONTROL_PREFIX, get(index))
        .route(&route("/"), get(index))
        .route(&route("/config"), get(config).patch(configure).post(configure))
        .route(&route("/ticket"), post(ticket))
        .route(&route("/authorize"), post(authorize))
        .route(&route("/unauthorize"), post(unauthorize))
        .route(&route("/login"), post(login))
        .route(&route("/clock"), get(clock))
        .route(&route("/clock/advance"), post(advance))
        .route(&route("/faults"), get(faults).post(inject).delete(clear_faults))
        .route(&route("/counters"), get(counters))
        .route(&route("/requests"), get(requests))
        .route(&route("/reset"), post(reset))
        .route(&route("/release-check"), post(release_check))
}

/// A control answer: JSON, or an error with its status.
type Answer = Result<Response, Failure>;

struct Failure(StatusCode, String);

impl From<ControlError> for Failure {
    fn from(error: ControlError) -> Self {
        Failure(StatusCode::from_u16(error.status()).unwrap_or(StatusCode::BAD_REQUEST), error.to_string())
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        json_response(self.0, &json!({"error": self.1}))
    }
}

fn ok(value: impl Serialize) -> Answer {
    Ok(json_response(StatusCode::OK, &value))
}

fn json_response(status: StatusCode, value: &impl Serialize) -> Response {
    match serde_json::to_vec(value) {
        Ok(bytes) => (status, [(CONTENT_TYPE, "application/json")], bytes).into_response(),
        Err(e) => (StatusCode::INTERNAL_SERVER_ERROR, e.to_string()).into_response(),
    }
}

/// The request's JSON body; an empty body reads as `{}`.
fn body<T: DeserializeOwned>(bytes: &Bytes) -> Result<T, Failure> {
    let bytes: &[u8] = if bytes.iter().all(u8::is_ascii_whitespace) { b"{}" } else { bytes };
    serde_json::from_slice(bytes).map_err(|e| Failure(StatusCode::BAD_REQUEST, format!("bad JSON body: {e}")))
}

async fn index() -> Answer {
    let routes: Vec<_> = ROUTES
        .iter()
        .map(|(method, path, what)| json!({"method": method, "path": format!("{CONTROL_PREFIX}{path}"), "what": what}))
        .collect();
    ok(json!({"routes": routes}))
}

async fn config(AxumState(control): AxumState<Control>) -> Answer {
    ok(control.config())
}

async fn configure(AxumState(control): AxumState<Control>, bytes: Bytes) -> Answer {
    ok(control.configure(body::<Settings>(&bytes)?)?)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TicketRequest {
    /// Push there instead of the configured URL.
    #[serde(default)]
    url: Option<String>,
}

async fn ticket(AxumState(control): AxumState<Control>, bytes: Bytes) -> Answer {
    match body::<TicketRequest>(&bytes)?.url {
        Some(url) => ok(control.push_ticket(&url).await),
        None => ok(control.push_ticket_now().await?),
    }
}

async fn authorize(AxumState(control): AxumState<Control>, bytes: Bytes) -> Answer {
    ok(control.authorize(body::<Authorization>(&bytes)?).await?)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Unauthorize {
    authorizer_appid: String,
}

async fn unauthorize(AxumState(control): AxumState<Control>, bytes: Bytes) -> Answer {
    let Unauthorize { authorizer_appid } = body(&bytes)?;
    let push = control.unauthorize(&authorizer_appid).await?;
    ok(json!({"authorizer_appid": authorizer_appid, "push": push}))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Login {
    appid: String,
    user: String,
}

async fn login(AxumState(control): AxumState<Control>, bytes: Bytes) -> Answer {
    let Login { appid, user } = body(&bytes)?;
    let code = control.login(&appid, &user);
    ok(json!({"code": code, "openid": control.openid(&appid, &user)}))
}

async fn clock(AxumState(control): AxumState<Control>) -> Answer {
    ok(control.clock())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Advance {
    seconds: u64,
}

async fn advance(AxumState(control): AxumState<Control>, bytes: Bytes) -> Answer {
    let Advance { seconds } = body(&bytes)?;
    control.advance(Duration::from_secs(seconds));
    let ticket = control.push_due_ticket().await;
    ok(json!({"clock": control.clock(), "ticket": ticket}))
}

async fn faults(AxumState(control): AxumState<Control>) -> Answer {
    ok(control.faults())
}

async fn inject(AxumState(control): AxumState<Control>, bytes: Bytes) -> Answer {
    let FaultRule { path, fault, times } = body(&bytes)?;
    control.inject(path.as_deref(), fault, times);
    ok(control.faults())
}

async fn clear_faults(AxumState(control): AxumState<Control>) -> Answer {
    control.clear_faults();
    ok(control.faults())
}

async fn counters(AxumState(control): AxumState<Control>) -> Answer {
    ok(control.counters())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RequestFilter {
    path: Option<String>,
    limit: Option<usize>,
}

async fn requests(
    AxumState(control): AxumState<Control>,
    filter: Result<Query<RequestFilter>, axum::extract::rejection::QueryRejection>,
) -> Answer {
    let Query(filter) = filter.map_err(|e| Failure(StatusCode::BAD_REQUEST, e.body_text()))?;
    ok(control.requests(filter.path.as_deref(), filter.limit.unwrap_or(100)))
}

async fn reset(AxumState(control): AxumState<Control>) -> Answer {
    control.reset();
    ok(json!({"reset": true, "clock": control.clock()}))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ReleaseCheck {
    component_url: String,
    message_url: String,
}

async fn release_check(AxumState(control): AxumState<Control>, bytes: Bytes) -> Answer {
    let ReleaseCheck { component_url, message_url } = body(&bytes)?;
    let cases = control.play_release_check(&component_url, &message_url).await;
    let passed = cases.iter().filter(|case| case.passed).count();
    ok(json!({"passed": passed, "of": cases.len(), "cases": cases}))
}
