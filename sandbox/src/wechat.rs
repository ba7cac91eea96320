//! The WeChat side: token endpoints, the third-party platform's component APIs, and every
//! authorizer endpoint of the catalog, with the documented behaviour of the seeded ones.

use serde_json::{json, Map, Value};

use crate::catalog::{self, CatalogEntry};
use crate::login;
use crate::reply::Reply;
use crate::state::{State, TokenKind, TokenOwner, PRE_AUTH_CODE_LIFETIME_SECS};
use crate::Request;

/// Routes a WeChat request.
pub fn handle(state: &mut State, request: &Request) -> Reply {
    match request.path.as_str() {
        "/cgi-bin/token" => classic_token(state, request),
        "/cgi-bin/stable_token" => stable_token(state, request),
        "/cgi-bin/component/api_component_token" => component_token(state, request),
        "/cgi-bin/component/api_start_push_ticket" => start_push_ticket(state, request),
        "/sns/component/jscode2session" => login::component_code2session(state, request),
        "/sns/jscode2session" => login::code2session(state, request),
        "/cgi-bin/message/custom/send" => customer_message(state, request),
        "/wxa/checksession" => login::check_session(state, request),
        "/cgi-bin/component/api_create_preauthcode"
        | "/cgi-bin/component/api_query_auth"
        | "/cgi-bin/component/api_authorizer_token"
        | "/cgi-bin/component/api_get_authorizer_list"
        | "/cgi-bin/component/api_get_authorizer_info"
        | "/cgi-bin/component/api_get_authorizer_option"
        | "/cgi-bin/component/api_set_authorizer_option" => component_api(state, request),
        path => match catalog::by_path().get(path) {
            Some(entry) if entry.needs_authorizer_token() => authorizer_api(state, request, entry),
            _ if state.config.samples.as_ref().is_some_and(|samples| samples.knows(path)) => {
                documented_sample(state, request)
            }
            _ => Reply::Raw {
                status: 404,
                content_type: "text/html",
                body: b"<html>404 Not Found</html>".to_vec(),
            },
        },
    }
}

/// The JSON object body of a POST: 44002 when empty, 47001 when not an object.
fn body_object(request: &Request) -> Result<Map<String, Value>, i64> {
    if request.body.iter().all(u8::is_ascii_whitespace) {
        return Err(44002);
    }
    match serde_json::from_slice::<Value>(&request.body) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(47001),
    }
}

fn text<'a>(map: &'a Map<String, Value>, key: &str) -> Result<&'a str, i64> {
    map.get(key).and_then(Value::as_str).ok_or(40097)
}

pub(crate) fn require_method(request: &Request, method: &str) -> Result<(), i64> {
    match (method, request.method.as_str()) {
        ("GET", "GET") | ("POST", "POST") => Ok(()),
        ("GET", _) => Err(43001),
        _ => Err(43002),
    }
}

macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(value) => value,
            Err(code) => return Reply::wechat_error(code),
        }
    };
}

fn classic_token(state: &mut State, request: &Request) -> Reply {
    tri!(require_method(request, "GET"));
    let query = request.query_map();
    if query.get("grant_type").map(String::as_str) != Some("client_credential") {
        return Reply::wechat_error(40002);
    }
    let appid = query.get("appid").cloned().unwrap_or_default();
    tri!(check_app(state, &appid, query.get("secret").map(String::as_str)));
    tri!(state.count_token_fetch(&appid));
    // Each fetch replaces the previous token, which keeps working for the grace period.
    let token = state.issue_token(TokenOwner::App(appid.clone()), TokenKind::Access);
    if let Some(previous) = state.current_classic.insert(appid, token.clone()) {
        let grace = state.config.grace_period;
        state.revoke(&previous, grace);
    }
    Reply::wechat_ok(json!({"access_token": token, "expires_in": state.config.token_lifetime.as_secs()}))
}

/// An app's own credentials: 40013 for an appid the sandbox does not know, 40125 for a wrong
/// secret.
pub(crate) fn check_app(state: &State, appid: &str, secret: Option<&str>) -> Result<(), i64> {
    match state.config.app_secret_of(appid) {
        None => Err(40013),
        Some(expected) if Some(expected) != secret => Err(40125),
        Some(_) => Ok(()),
    }
}

fn stable_token(state: &mut State, request: &Request) -> Reply {
    tri!(require_method(request, "POST"));
    let body = tri!(body_object(request));
    if body.get("grant_type").and_then(Value::as_str) != Some("client_credential") {
        return Reply::wechat_error(40002);
    }
    let appid = tri!(text(&body, "appid")).to_owned();
    tri!(check_app(state, &appid, body.get("secret").and_then(Value::as_str)));
    let force = body.get("force_refresh").and_then(Value::as_bool).unwrap_or(false);
    tri!(state.count_token_fetch(&appid));
    let now = state.now();
    // Normal mode answers the current token until 5 minutes before it expires.
    if let Some(current) = state.current_stable.get(&appid).cloned() {
        let usable =
            state.tokens.get(&current).is_some_and(|r| r.revoked_at.is_none() && r.expires_at > now + 300);
        if usable && !force {
            let expires_in = state.tokens[&current].expires_at - now;
            return Reply::wechat_ok(json!({"access_token": current, "expires_in": expires_in}));
        }
        if force {
            state.revoke(&current, std::time::Duration::ZERO);
        }
    }
    let token = state.issue_token(TokenOwner::App(appid.clone()), TokenKind::Stable);
    state.current_stable.insert(appid, token.clone());
    Reply::wechat_ok(json!({"access_token": token, "expires_in": state.config.token_lifetime.as_secs()}))
}

fn component_token(state: &mut State, request: &Request) -> Reply {
    tri!(require_method(request, "POST"));
    let body = tri!(body_object(request));
    if tri!(text(&body, "component_appid")) != state.config.component_appid {
        return Reply::wechat_error(40013);
    }
    if tri!(text(&body, "component_appsecret")) != state.config.component_secret {
        return Reply::wechat_error(40125);
    }
    let ticket = tri!(text(&body, "component_verify_ticket"));
    match state.verify_tickets.get(ticket) {
        None => return Reply::wechat_error(61006),
        Some(expires_at) if state.now() >= *expires_at => return Reply::wechat_error(61005),
        Some(_) => {}
    }
    let appid = state.config.component_appid.clone();
    tri!(state.count_token_fetch(&appid));
    let token = state.issue_token(TokenOwner::Component(appid), TokenKind::Component);
    if let Some(previous) = state.component_token.replace(token.clone()) {
        let grace = state.config.grace_period;
        state.revoke(&previous, grace);
    }
    Reply::wechat_ok(
        json!({"component_access_token": token, "expires_in": state.config.token_lifetime.as_secs()}),
    )
}

fn start_push_ticket(state: &mut State, request: &Request) -> Reply {
    tri!(require_method(request, "POST"));
    let body = tri!(body_object(request));
    if tri!(text(&body, "component_appid")) != state.config.component_appid {
        return Reply::wechat_error(40013);
    }
    if tri!(text(&body, "component_secret")) != state.config.component_secret {
        return Reply::wechat_error(40125);
    }
    // The ticket follows the answer, as WeChat's does; with no URL set there is nowhere to push.
    if state.config.component_callback_url.is_some() {
        state.outbox.push(crate::state::Outgoing::Ticket);
    }
    Reply::wechat_ok(json!({}))
}

/// The component APIs: `component_access_token` in the query, a component token only (61014).
fn component_api(state: &mut State, request: &Request) -> Reply {
    tri!(require_method(request, "POST"));
    let query = request.query_map();
    let Some(token) = query.get("component_access_token").or_else(|| query.get("access_token")) else {
        return Reply::wechat_error(41001);
    };
    match tri!(state.check_token(token)) {
        TokenOwner::Component(_) => {}
        _ => return Reply::wechat_error(61014),
    }
    let body = tri!(body_object(request));
    if tri!(text(&body, "component_appid")) != state.config.component_appid {
        return Reply::wechat_error(40013);
    }
    match request.path.as_str() {
        "/cgi-bin/component/api_create_preauthcode" => {
            let code = state.make_pre_auth_code();
            Reply::wechat_ok(json!({"pre_auth_code": code, "expires_in": PRE_AUTH_CODE_LIFETIME_SECS}))
        }
        "/cgi-bin/component/api_query_auth" => {
            let code = tri!(text(&body, "authorization_code"));
            let Some(appid) = state.auth_codes.remove(code) else { return Reply::wechat_error(40097) };
            let token = state.issue_token(TokenOwner::Authorizer(appid.clone()), TokenKind::Authorizer);
            let merchant = state.merchants.entry(appid.clone()).or_default();
            let func_info: Vec<Value> =
                merchant.granted.iter().map(|id| json!({"funcscope_category": {"id": id}})).collect();
            let refresh = merchant.refresh_token.clone();
            Reply::wechat_ok(json!({"authorization_info": {
                "authorizer_appid": appid, "authorizer_access_token": token,
                "expires_in": state.config.token_lifetime.as_secs(), "authorizer_refresh_token": refresh,
                "func_info": func_info
            }}))
        }
        "/cgi-bin/component/api_authorizer_token" => {
            let appid = tri!(text(&body, "authorizer_appid")).to_owned();
            let refresh = tri!(text(&body, "authorizer_refresh_token"));
            match state.merchants.get(&appid) {
                Some(merchant) if !refresh.is_empty() && merchant.refresh_token == refresh => {}
                _ => return Reply::wechat_error(61023),
            }
            let token = state.issue_token(TokenOwner::Authorizer(appid.clone()), TokenKind::Authorizer);
            Reply::wechat_ok(json!({
                "authorizer_access_token": token, "expires_in": state.config.token_lifetime.as_secs(),
                "authorizer_refresh_token": refresh
            }))
        }
        "/cgi-bin/component/api_get_authorizer_info" => authorizer_info(state, &body),
        "/cgi-bin/component/api_get_authorizer_option" | "/cgi-bin/component/api_set_authorizer_option" => {
            authorizer_option(state, request, &body)
        }
        _ => {
            let offset = body.get("offset").and_then(Value::as_u64).unwrap_or(0) as usize;
            let count = body.get("count").and_then(Value::as_u64).unwrap_or(500).min(500) as usize;
            let mut appids: Vec<&String> = state
                .merchants
                .iter()
                .filter(|(_, m)| !m.refresh_token.is_empty())
                .map(|(appid, _)| appid)
                .collect();
            appids.sort();
            let list: Vec<Value> = appids
                .iter()
                .skip(offset)
                .take(count)
                .map(|appid| json!({"authorizer_appid": appid, "refresh_token": state.merchants[*appid].refresh_token, "auth_time": 1}))
                .collect();
            Reply::wechat_ok(json!({"total_count": appids.len(), "list": list}))
        }
    }
}

/// An endpoint called with an authorizer's token: method, token, permission sets, the minute limit,
/// then the endpoint's own behaviour.
fn authorizer_api(state: &mut State, request: &Request, entry: &CatalogEntry) -> Reply {
    tri!(require_method(request, &entry.method));
    let query = request.query_map();
    let Some(token) = query.get("access_token") else { return Reply::wechat_error(41001) };
    let (appid, authorizer) = match tri!(state.check_token(token)) {
        TokenOwner::Authorizer(appid) => (appid, true),
        // The app's own token works on its own account, except for platform-only management.
        TokenOwner::App(appid) if !entry.perm_sets.contains(&18) => (appid, false),
        TokenOwner::App(_) => return Reply::wechat_error(86000),
        TokenOwner::Component(_) => return Reply::wechat_error(40001),
    };
    // Permission sets bind a platform acting for a merchant, not an app on its own account.
    if authorizer {
        let granted = state.merchants.get(&appid).map(|m| m.granted.as_slice()).unwrap_or_default();
        if !entry.perm_sets.is_empty() && !entry.perm_sets.iter().any(|set| granted.contains(set)) {
            return Reply::wechat_error(61007);
        }
    }
    tri!(state.count_minute(&appid, &entry.path));
    let body = if entry.method == "POST" { tri!(body_object(request)) } else { Map::new() };
    let query_owner = appid.clone();
    let merchant = state.merchants.entry(appid).or_default();
    match entry.name.as_str() {
        "setSignature" => {
            let signature = tri!(text(&body, "signature"));
            let chars = signature.chars().count();
            if !(4..=120).contains(&chars) {
                return Reply::wechat_error(53204);
            }
            if state.config.blacklist.iter().any(|word| signature.contains(word.as_str())) {
                return Reply::wechat_error(53201);
            }
            if merchant.signature_changes >= state.config.monthly_signature_quota {
                return Reply::wechat_error(53200);
            }
            merchant.signature_changes += 1;
            merchant.signature = signature.to_owned();
            Reply::wechat_ok(json!({}))
        }
        "setSearchStatus" => {
            let status = match body.get("status").and_then(Value::as_u64) {
                Some(status @ (0 | 1)) => status as u8,
                _ => return Reply::wechat_error(85084),
            };
            if merchant.search_banned {
                return Reply::wechat_error(85083);
            }
            merchant.search_status = status;
            Reply::wechat_ok(json!({}))
        }
        "getSearchStatus" => Reply::wechat_ok(json!({"status": merchant.search_status})),
        "modifyCategory" => {
            let (Some(first), Some(second)) =
                (body.get("first").and_then(Value::as_u64), body.get("second").and_then(Value::as_u64))
            else {
                return Reply::wechat_error(53303);
            };
            let valid_certificates = body.get("certicates").and_then(Value::as_array).is_some_and(|list| {
                list.iter().all(|c| {
                    c.get("key").is_some_and(Value::is_string) && c.get("value").is_some_and(Value::is_string)
                })
            });
            if !valid_certificates {
                return Reply::wechat_error(53303);
            }
            match merchant.categories.iter().find(|c| c.0 == first && c.1 == second) {
                None => Reply::wechat_error(53303),
                Some(&(_, _, status)) if status != 2 => Reply::wechat_error(53307),
                Some(_) => Reply::wechat_ok(json!({})),
            }
        }
        "modifywxastore" => {
            let headimg_ok = body.get("headimg_mediaid").is_some_and(Value::is_string);
            let intro_ok = body.get("intro").is_some_and(|v| v.is_string() || v.is_null());
            if headimg_ok && intro_ok {
                Reply::wechat_ok(json!({}))
            } else {
                Reply::wechat_error(47001)
            }
        }
        "submitAudit" => {
            let auditid = state.rng.u32(1..);
            let authorizer = query_owner;
            state.outbox.push(crate::state::Outgoing::AuditPassed { authorizer });
            Reply::wechat_ok(json!({"auditid": auditid}))
        }
        _ if entry.is_binary() => Reply::Bytes { content_type: "image/png", bytes: PNG.to_vec() },
        _ => sample(state, request, &query).unwrap_or_else(|| Reply::wechat_ok(json!({}))),
    }
}

/// `/cgi-bin/message/custom/send`: a customer-service message from an authorizer (or the app) to
/// a user, recorded for `Control::customer_messages`.
fn customer_message(state: &mut State, request: &Request) -> Reply {
    tri!(require_method(request, "POST"));
    let query = request.query_map();
    let Some(token) = query.get("access_token") else { return Reply::wechat_error(41001) };
    let appid = match tri!(state.check_token(token)) {
        TokenOwner::Authorizer(appid) | TokenOwner::App(appid) => appid,
        TokenOwner::Component(_) => return Reply::wechat_error(40001),
    };
    let body = tri!(body_object(request));
    if text(&body, "touser").is_ok_and(str::is_empty) || text(&body, "touser").is_err() {
        return Reply::wechat_error(40003);
    }
    let Ok(msgtype) = text(&body, "msgtype") else { return Reply::wechat_error(40008) };
    if !body.get(msgtype).is_some_and(Value::is_object) {
        return Reply::wechat_error(47001);
    }
    state.customer_messages.push((appid, Value::Object(body)));
    Reply::wechat_ok(json!({}))
}

/// A 1x1 PNG, for the QR code endpoints.
pub const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0,
    0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0x0a, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0,
    1, 0, 0, 5, 0, 1, 0x0d, 0x0a, 0x2d, 0xb4, 0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
];

/// An endpoint known only from the documents' samples: any live token of the sandbox (the app's,
/// the platform's or a merchant's, as the endpoint's document names it) gets the documented answer.
fn documented_sample(state: &mut State, request: &Request) -> Reply {
    let query = request.query_map();
    let Some(token) = query.get("access_token").or_else(|| query.get("component_access_token")) else {
        return Reply::wechat_error(41001);
    };
    let owner = tri!(state.check_token(token));
    let appid = match owner {
        TokenOwner::App(appid) | TokenOwner::Component(appid) | TokenOwner::Authorizer(appid) => appid,
    };
    tri!(state.count_minute(&appid, &request.path));
    match sample(state, request, &query) {
        Some(reply) => reply,
        // The path is documented, but not with this method or fixed query.
        None => Reply::wechat_error(40066),
    }
}

/// The documented response sample of the requested endpoint, answered as written.
fn sample(
    state: &State,
    request: &Request,
    query: &std::collections::HashMap<String, String>,
) -> Option<Reply> {
    let samples = state.config.samples.as_ref()?;
    samples.find(&request.method, &request.path, query).map(|sample| Reply::Json(sample.clone()))
}

/// `api_get_authorizer_info`: the authorized account as the sandbox knows it (61003 for an account
/// that has not authorized the platform).
fn authorizer_info(state: &State, body: &Map<String, Value>) -> Reply {
    let appid = tri!(text(body, "authorizer_appid"));
    let Some(merchant) = state.merchants.get(appid).filter(|m| !m.refresh_token.is_empty()) else {
        return Reply::wechat_error(61003);
    };
    let func_info: Vec<Value> =
        merchant.granted.iter().map(|id| json!({"funcscope_category": {"id": id}})).collect();
    let categories: Vec<Value> = merchant
        .categories
        .iter()
        .map(|(first, second, _)| json!({"first": first.to_string(), "second": second.to_string()}))
        .collect();
    Reply::wechat_ok(json!({
        "authorizer_info": {
            "nick_name": format!("sandbox {appid}"),
            "head_img": "",
            "service_type_info": {"id": 0},
            "verify_type_info": {"id": -1},
            "user_name": crate::state::username_of(appid),
            "principal_name": "sandbox merchant",
            "signature": merchant.signature,
            "MiniProgramInfo": {"network": {}, "categories": categories, "visit_status": 0}
        },
        "authorization_info": {
            "authorizer_appid": appid,
            "authorizer_refresh_token": merchant.refresh_token,
            "func_info": func_info
        }
    }))
}

/// The options and the values the page lists for each.
const AUTHORIZER_OPTIONS: &[(&str, &[&str])] = &[
    ("location_report", &["0", "1", "2"]),
    ("voice_recognize", &["0", "1"]),
    ("customer_service", &["0", "1"]),
];

/// `api_get_authorizer_option` / `api_set_authorizer_option`, kept per merchant.
fn authorizer_option(state: &mut State, request: &Request, body: &Map<String, Value>) -> Reply {
    let appid = tri!(text(body, "authorizer_appid")).to_owned();
    let name = tri!(text(body, "option_name")).to_owned();
    let Some((_, values)) = AUTHORIZER_OPTIONS.iter().find(|(option, _)| *option == name) else {
        return Reply::wechat_error(40097);
    };
    let Some(merchant) = state.merchants.get_mut(&appid).filter(|m| !m.refresh_token.is_empty()) else {
        return Reply::wechat_error(61003);
    };
    if request.path.ends_with("api_set_authorizer_option") {
        let value = tri!(text(body, "option_value"));
        if !values.contains(&value) {
            return Reply::wechat_error(40097);
        }
        merchant.options.insert(name, value.to_owned());
        return Reply::wechat_ok(json!({}));
    }
    let value = merchant.options.get(&name).cloned().unwrap_or_else(|| "0".to_owned());
    Reply::wechat_ok(json!({"authorizer_appid": appid, "option_name": name, "option_value": value}))
}
