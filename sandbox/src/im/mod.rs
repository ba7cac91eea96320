//! The Tencent IM side: the request line (sdkappid, identifier, a verified UserSig, random,
//! contenttype), the 200 calls per second limit, and the commands kept in state: accounts,
//! one-to-one messages, groups and official accounts. Messages pass through the app's callback URL
//! when one is configured ([`webhook`]).

/// The value, or the reply (an error) returned at once.
macro_rules! tri {
    ($e:expr) => {
        match $e {
            Ok(value) => value,
            Err(reply) => return reply,
        }
    };
}

mod account;
mod c2c;
mod group;
mod official_account;
mod webhook;

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::time::{Duration, Instant};

use serde_json::{Map, Value};
use wx_runtime::im::usersig::{self, UserSigError};
use wx_runtime::Secret;

use crate::reply::Reply;
use crate::state::State;
use crate::{Control, Request};

pub use webhook::ImCallbackConfig;

/// What the IM side remembers.
#[derive(Default)]
pub struct ImState {
    /// Imported accounts (the admin of the request line needs no import).
    pub users: BTreeMap<String, account::ImUser>,
    /// One-to-one messages, oldest first.
    pub c2c: Vec<c2c::C2cMsg>,
    pub groups: BTreeMap<String, group::Group>,
    pub official_accounts: HashMap<String, official_account::OfficialAccount>,
    /// Arrival times within the last second (60007 beyond the limit).
    pub window: VecDeque<Instant>,
    /// The server's own message sequence.
    pub msg_seq: u64,
    /// Callbacks posted to the app's callback URL.
    pub callbacks_sent: u64,
}

impl ImState {
    /// Whether `user` can send and receive: imported, or the app administrator.
    fn knows(&self, admin: &str, user: &str) -> bool {
        user == admin || self.users.contains_key(user)
    }
}

/// Answers one IM request. Message sends await the app's "before" callback with the state
/// unlocked, so a slow callback server holds up only its own message.
pub async fn handle(control: &Control, request: &Request) -> Reply {
    let (service, command, body) = {
        let mut state = control.lock();
        match admit(&mut state, request) {
            Ok(admitted) => admitted,
            Err(reply) => return reply,
        }
    };
    match (service.as_str(), command.as_str()) {
        ("openim", "sendmsg") => c2c::sendmsg(control, &body).await,
        ("openim", "batchsendmsg") => c2c::batchsendmsg(control, &body).await,
        ("group_open_http_svc", "send_group_msg") => group::send_group_msg(control, &body).await,
        _ => {
            let mut state = control.lock();
            let (reply, event) = match service.as_str() {
                "im_open_login_svc" => account::handle(&mut state, &command, &body),
                "profile" => account::portrait_get(&state, &command, &body),
                "openim" => c2c::handle(&mut state, &command, &body),
                "group_open_http_svc" => group::handle(&mut state, &command, &body),
                "official_account_open_http_svc" => official_account::handle(&mut state, &command, &body),
                _ => (unknown_command(), None),
            };
            drop(state);
            if let Some(event) = event {
                webhook::after(control, event);
            }
            reply
        }
    }
}

/// A handler's answer, and the "after" callback it causes, if any.
type Handled = (Reply, Option<webhook::Event>);

/// A command the sandbox does not keep in state.
fn unknown_command() -> Reply {
    Reply::im_error(60009, "bad request resource")
}

/// Method, request line, rate and body: what every command goes through first.
fn admit(state: &mut State, request: &Request) -> Result<(String, String, Map<String, Value>), Reply> {
    if request.method != "POST" {
        return Err(Reply::Raw {
            status: 405,
            content_type: "text/html",
            body: b"<html>405</html>".to_vec(),
        });
    }
    check_request_line(state, request).map_err(|(code, info)| Reply::im_error(code, info))?;
    let now = Instant::now();
    let window = &mut state.im.window;
    while window.front().is_some_and(|t| now.duration_since(*t) >= Duration::from_secs(1)) {
        window.pop_front();
    }
    if window.len() >= state.config.im_calls_per_second as usize {
        return Err(Reply::im_error(60007, "REST API call frequency over limit"));
    }
    window.push_back(now);
    let body = match serde_json::from_slice::<Value>(&request.body) {
        Ok(Value::Object(body)) => body,
        _ => return Err(Reply::im_error(60003, "request JSON parse error")),
    };
    let mut parts = request.path.trim_start_matches("/v4/").splitn(2, '/');
    match (parts.next(), parts.next()) {
        (Some(service), Some(command)) => Ok((service.to_owned(), command.to_owned(), body)),
        _ => Err(Reply::im_error(60009, "bad request resource")),
    }
}

fn check_request_line(state: &State, request: &Request) -> Result<(), (i64, &'static str)> {
    let query = request.query_map();
    let get = |key: &str| query.get(key).map(String::as_str);
    let (Some(sdkappid), Some(identifier), Some(sig)) = (get("sdkappid"), get("identifier"), get("usersig"))
    else {
        return Err((60002, "sdkappid, identifier and usersig are required"));
    };
    if get("random").and_then(|r| r.parse::<u32>().ok()).is_none() {
        return Err((60002, "random must be a 32-bit unsigned integer"));
    }
    if get("contenttype") != Some("json") {
        return Err((60002, "contenttype must be json"));
    }
    let sdkappid: u64 = sdkappid.parse().map_err(|_| (60006, "SDKAppID invalid"))?;
    let key = Secret::from(state.config.im_key.as_str());
    match usersig::verify_any_userbuf(sig, sdkappid, &key, identifier, state.now()) {
        Ok(()) if sdkappid != state.config.im_sdkappid => {
            Err((70014, "SDKAppID in request differs from the UserSig's"))
        }
        Ok(()) if identifier != state.config.im_admin => {
            Err((60010, "the request needs App administrator rights"))
        }
        Ok(()) => Ok(()),
        Err(UserSigError::Expired { .. }) => Err((70001, "UserSig expired")),
        Err(UserSigError::SdkAppIdMismatch { .. }) => {
            Err((70014, "SDKAppID in request differs from the UserSig's"))
        }
        Err(UserSigError::IdentifierMismatch) => {
            Err((70013, "identifier in request differs from the UserSig's"))
        }
        Err(UserSigError::BadMac) => Err((70009, "UserSig verification failed")),
        Err(_) => Err((70003, "UserSig could not be parsed")),
    }
}

/// The string field `key`.
fn text<'a>(body: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    body.get(key).and_then(Value::as_str)
}

/// The strings of the array field `key` (items that are not strings are skipped).
fn strings(body: &Map<String, Value>, key: &str) -> Vec<String> {
    body.get(key)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect()
}

/// The `key` field of each object in the array field `list`.
fn item_strings(body: &Map<String, Value>, list: &str, key: &str) -> Vec<String> {
    body.get(list)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|item| item.get(key).and_then(Value::as_str).map(str::to_owned))
        .collect()
}

/// A message body as the servers check it: a non-empty array of objects, each with a string
/// `MsgType` and an object `MsgContent`.
fn msg_body(body: &Map<String, Value>) -> Result<Value, (i64, &'static str)> {
    match body.get("MsgBody") {
        Some(Value::Array(elements))
            if !elements.is_empty()
                && elements.iter().all(|e| {
                    e.get("MsgType").is_some_and(Value::is_string)
                        && e.get("MsgContent").is_some_and(Value::is_object)
                }) =>
        {
            Ok(Value::Array(elements.clone()))
        }
        Some(Value::Array(_)) => Err((90002, "MsgBody is not in the message format")),
        _ => Err((90007, "MsgBody is not an array")),
    }
}

/// Whether the request turns off the named callback (`ForbidCallbackControl`).
fn forbids(body: &Map<String, Value>, callback: &str) -> bool {
    strings(body, "ForbidCallbackControl").iter().any(|c| c == callback)
}

/// The largest request body IM takes (12 KB of JSON).
const MAX_PACKET_BYTES: usize = 12 * 1024;

fn packet_len(body: &Map<String, Value>) -> usize {
    serde_json::to_vec(body).map_or(0, |bytes| bytes.len())
}
