//! Mini Program login: `Control::login` plays `wx.login()` in a merchant's Mini Program and
//! answers a code; `jscode2session` (the platform's, with the component token, or the app's own,
//! with its secret) exchanges it once for the user's openid, unionid and a fresh session key;
//! `checksession` verifies a signature made with that key.

use serde_json::json;

use crate::reply::Reply;
use crate::state::{State, TokenOwner};
use crate::wechat::{check_app, require_method};
use crate::Request;

/// How long a login code lives, as WeChat documents it (5 minutes).
const CODE_LIFETIME_SECS: u64 = 300;

/// A code `Control::login` issued.
#[derive(Clone, Debug)]
pub struct LoginCode {
    pub appid: String,
    pub user: String,
    pub expires_at: u64,
    pub used: bool,
}

/// A user's openid in `appid`: stable, distinct per Mini Program.
pub fn openid(appid: &str, user: &str) -> String {
    format!("o{}_{user}", appid.trim_start_matches("wx"))
}

/// A user's unionid: the same in every account of the platform.
fn unionid(user: &str) -> String {
    format!("u_{user}")
}

/// A fresh code for `user` logging in to `appid`.
pub fn issue(state: &mut State, appid: &str, user: &str) -> String {
    let code = state.mint("jscode");
    let expires_at = state.now() + CODE_LIFETIME_SECS;
    state.login_codes.insert(
        code.clone(),
        LoginCode { appid: appid.to_owned(), user: user.to_owned(), expires_at, used: false },
    );
    code
}

/// `GET /sns/component/jscode2session`: a merchant's Mini Program authorized to the platform,
/// the component token, the code.
pub fn component_code2session(state: &mut State, request: &Request) -> Reply {
    let query = request.query_map();
    if let Err(code) = require_method(request, "GET") {
        return Reply::wechat_error(code);
    }
    let Some(token) = query.get("component_access_token") else { return Reply::wechat_error(41001) };
    match state.check_token(token) {
        Ok(TokenOwner::Component(_)) => {}
        Ok(_) => return Reply::wechat_error(61014),
        Err(code) => return Reply::wechat_error(code),
    }
    if query.get("component_appid") != Some(&state.config.component_appid) {
        return Reply::wechat_error(40013);
    }
    let appid = query.get("appid").cloned().unwrap_or_default();
    if state.merchants.get(&appid).is_none_or(|m| m.refresh_token.is_empty()) {
        return Reply::wechat_error(61003);
    }
    exchange(state, &appid, &query)
}

/// `GET /sns/jscode2session`: the Mini Program's own appid and secret, the code.
pub fn code2session(state: &mut State, request: &Request) -> Reply {
    let query = request.query_map();
    if let Err(code) = require_method(request, "GET") {
        return Reply::wechat_error(code);
    }
    let appid = query.get("appid").cloned().unwrap_or_default();
    if let Err(code) = check_app(state, &appid, query.get("secret").map(String::as_str)) {
        return Reply::wechat_error(code);
    }
    exchange(state, &appid, &query)
}

/// The code's session: 40029 for a code of another app, unknown or expired, 40163 once used.
fn exchange(state: &mut State, appid: &str, query: &std::collections::HashMap<String, String>) -> Reply {
    if query.get("grant_type").map(String::as_str) != Some("authorization_code") {
        return Reply::wechat_error(40002);
    }
    let now = state.now();
    let code = query.get("js_code").map(String::as_str).unwrap_or_default();
    let user = match state.login_codes.get_mut(code) {
        Some(login) if login.appid == appid && login.expires_at > now && !login.used => {
            login.used = true;
            login.user.clone()
        }
        Some(login) if login.appid == appid && login.used => return Reply::wechat_error(40163),
        _ => return Reply::wechat_error(40029),
    };
    let openid = openid(appid, &user);
    let session_key = state.mint("session");
    state.sessions.insert((appid.to_owned(), openid.clone()), session_key.clone());
    Reply::wechat_ok(json!({"openid": openid, "session_key": session_key, "unionid": unionid(&user)}))
}

/// `GET /wxa/checksession`: `signature` must be `hmac_sha256(session_key, "")` of the user's
/// latest session in the token's account (87009 otherwise).
pub fn check_session(state: &mut State, request: &Request) -> Reply {
    let query = request.query_map();
    if let Err(code) = require_method(request, "GET") {
        return Reply::wechat_error(code);
    }
    let Some(token) = query.get("access_token") else { return Reply::wechat_error(41001) };
    let appid = match state.check_token(token) {
        Ok(TokenOwner::Authorizer(appid) | TokenOwner::App(appid)) => appid,
        Ok(TokenOwner::Component(_)) => return Reply::wechat_error(40001),
        Err(code) => return Reply::wechat_error(code),
    };
    if query.get("sig_method").map(String::as_str) != Some("hmac_sha256") {
        return Reply::wechat_error(87009);
    }
    let openid = query.get("openid").cloned().unwrap_or_default();
    let valid = state.sessions.get(&(appid, openid)).is_some_and(|key| {
        let expected = wx_runtime::hmac_sha256_hex(&wx_runtime::Secret::from(key.as_str()), b"");
        query.get("signature") == Some(&expected)
    });
    if valid {
        Reply::wechat_ok(json!({}))
    } else {
        Reply::wechat_error(87009)
    }
}
