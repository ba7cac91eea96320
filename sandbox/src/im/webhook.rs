//! Tencent IM's callbacks to the app, as the IM backend makes them
//! (<https://www.tencentcloud.com/document/product/1047/34354>): a POST of the event's JSON to the
//! configured URL with `SdkAppid`, `CallbackCommand`, `contenttype`, `ClientIP`, `OptPlatform`, and
//! `Sign` + `RequestTime` when a token is set; a 2-second timeout; "before" callbacks decide,
//! "after" callbacks are fire-and-forget and their answers ignored.

use std::ops::RangeInclusive;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde_json::{Map, Value};
use wx_runtime::im::CallbackAuth;

use crate::Control;

/// The webhook timeout of every callback, fixed by the IM backend.
const TIMEOUT: Duration = Duration::from_secs(2);

/// Where the sandbox sends IM callbacks.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImCallbackConfig {
    /// The app's callback URL.
    pub url: String,
    /// The console's authentication token: with it, every callback carries `Sign` and
    /// `RequestTime`.
    #[serde(default)]
    pub token: Option<String>,
}

/// One callback: its command and body (the body repeats the command, as the backend's do).
pub struct Event {
    command: &'static str,
    body: Value,
}

impl Event {
    pub fn new(command: &'static str, mut body: Map<String, Value>) -> Event {
        body.insert("CallbackCommand".into(), command.into());
        Event { command, body: Value::Object(body) }
    }
}

/// What a "before" callback decided.
pub enum Verdict {
    /// Go ahead, with the callback's replacement `MsgBody` and `CloudCustomData` where it gave them.
    Allow { msg_body: Option<Value>, cloud_custom_data: Option<Value> },
    /// Refused: the caller gets this error.
    Reject { code: i64, info: String },
    /// Dropped: the caller is told the message was sent.
    Discard,
}

/// How a command's "before" callback refuses: `ErrorCode` 1 gives the caller `default`; a code in
/// `custom` reaches the caller as it is, with the callback's `ErrorInfo`.
pub struct Refusal {
    default: i64,
    custom: RangeInclusive<i64>,
}

/// `C2C.CallbackBeforeSendMsg` (<https://www.tencentcloud.com/document/product/1047/34364>).
pub const C2C_REFUSAL: Refusal = Refusal { default: 20006, custom: 120001..=130000 };
/// `Group.CallbackBeforeSendMsg` (<https://www.tencentcloud.com/document/product/1047/34374>).
pub const GROUP_REFUSAL: Refusal = Refusal { default: 10016, custom: 10100..=10200 };

/// Asks the app. No callback URL, a timeout, a failure or an answer outside the protocol all let
/// the message through: the backend's default policy.
pub async fn before(control: &Control, event: Event, refusal: &Refusal) -> Verdict {
    let allow = Verdict::Allow { msg_body: None, cloud_custom_data: None };
    {
        let mut state = control.lock();
        if state.config.im_callback.is_none() {
            return allow;
        }
        state.im.callbacks_sent += 1;
    }
    let Some(reply) = post(control, &event).await else { return allow };
    match reply.get("ErrorCode").and_then(Value::as_i64) {
        Some(0) => Verdict::Allow {
            msg_body: reply
                .get("MsgBody")
                .filter(|body| body.as_array().is_some_and(|b| !b.is_empty()))
                .cloned(),
            cloud_custom_data: reply.get("CloudCustomData").filter(|data| data.is_string()).cloned(),
        },
        Some(1) => Verdict::Reject {
            code: refusal.default,
            info: "the app's before-send callback refused the message".into(),
        },
        Some(2) => Verdict::Discard,
        Some(code) if refusal.custom.contains(&code) => Verdict::Reject {
            code,
            info: reply.get("ErrorInfo").and_then(Value::as_str).unwrap_or_default().to_owned(),
        },
        _ => allow,
    }
}

/// Tells the app, in the background.
pub fn after(control: &Control, event: Event) {
    {
        let mut state = control.lock();
        if state.config.im_callback.is_none() {
            return;
        }
        state.im.callbacks_sent += 1;
    }
    let control = control.clone();
    tokio::spawn(async move {
        post(&control, &event).await;
    });
}

/// Posts `event`; the answer when it is HTTP 200 with a JSON object.
async fn post(control: &Control, event: &Event) -> Option<Map<String, Value>> {
    let (config, sdkappid) = {
        let state = control.lock();
        (state.config.im_callback.clone()?, state.config.im_sdkappid)
    };
    let mut url = url::Url::parse(&config.url).ok()?;
    {
        let mut query = url.query_pairs_mut();
        query
            .append_pair("SdkAppid", &sdkappid.to_string())
            .append_pair("CallbackCommand", event.command)
            .append_pair("contenttype", "json")
            .append_pair("ClientIP", "127.0.0.1")
            .append_pair("OptPlatform", "RESTAPI");
        if let Some(token) = &config.token {
            // The real clock, not the sandbox's: the app checks freshness against its own.
            let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs());
            query
                .append_pair("Sign", &CallbackAuth::new(token.as_str()).sign(now))
                .append_pair("RequestTime", &now.to_string());
        }
    }
    let response = control
        .http
        .post(url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .body(event.body.to_string())
        .timeout(TIMEOUT)
        .send()
        .await
        .ok()?;
    if response.status() != reqwest::StatusCode::OK {
        return None;
    }
    match serde_json::from_slice::<Value>(&response.bytes().await.ok()?).ok()? {
        Value::Object(reply) => Some(reply),
        _ => None,
    }
}
