//! Tencent IM callbacks (webhooks): what the IM backend POSTs to the app's callback URL, verified,
//! typed, and answered.
//!
//! The URL carries `SdkAppid`, `CallbackCommand`, `contenttype`, `ClientIP`, `OptPlatform` and, with
//! callback authentication on in the console, `Sign` and `RequestTime`
//! (<https://www.tencentcloud.com/document/product/1047/34354>). [`ImCallbacks::parse`](crate::im::callback::ImCallbacks::parse) checks the
//! app, the signature (constant time, within a freshness window: [`CallbackAuth`](crate::im::CallbackAuth)) and types the
//! body ([`ImEvent`](crate::im::callback::ImEvent)); the app answers a [`Verdict`](crate::im::callback::Verdict): "before" callbacks may allow, reject, discard
//! silently or modify the message; "after" callbacks are answered `OK` (IM ignores their verdict).
//! The IM backend waits 2 seconds for the answer and, for a "before" callback that times out, goes
//! ahead as if allowed (the console's default).
//!
//! ```
//! use wx_endpoints::im::callback::{ImCallbacks, ImEvent, Verdict};
//! use wx_endpoints::im::CallbackAuth;
//!
//! let callbacks = ImCallbacks::new(1400000000).authenticated(CallbackAuth::new("xxxxyyyy"));
//! let query = "SdkAppid=1400000000&CallbackCommand=C2C.CallbackBeforeSendMsg&contenttype=json\
//!              &ClientIP=127.0.0.1&OptPlatform=RESTAPI\
//!              &Sign=17773bc39a671d7b9aa835458704d2a6db81360a5940292b587d6d760d484061&RequestTime=1669872112";
//! let body = br#"{"CallbackCommand": "C2C.CallbackBeforeSendMsg", "From_Account": "alice",
//!     "To_Account": "bob", "MsgSeq": 48374, "MsgRandom": 2837546, "MsgTime": 1669872112,
//!     "MsgKey": "48374_2837546_1669872112", "OnlineOnlyFlag": 0,
//!     "MsgBody": [{"MsgType": "TIMTextElem", "MsgContent": {"Text": "hi"}}]}"#;
//! let request = callbacks.parse(query, body, 1669872120)?;
//! let verdict = match &request.event {
//!     ImEvent::C2cBeforeSendMsg(message) if message.from_account == "spammer" => Verdict::Reject,
//!     _ => Verdict::Allow,
//! };
//! assert_eq!(verdict.reply_body(), br#"{"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}"#);
//! # Ok::<(), wx_endpoints::im::callback::ImCallbackError>(())
//! ```

#[cfg(feature = "axum")]
pub mod axum;
mod event;
mod verdict;

pub use event::*;
pub use verdict::Verdict;

use std::collections::HashMap;

use wx_runtime::im::{CallbackAuth, CallbackAuthError};

/// A callback request, verified and typed.
#[derive(Clone, Debug, PartialEq)]
pub struct ImCallbackRequest {
    /// The client's IP address (`ClientIP`).
    pub client_ip: Option<String>,
    /// The client platform (`OptPlatform`: `RESTAPI`, `Web`, `Android`, `iOS`/`IOS`, ...).
    pub platform: Option<String>,
    /// The event.
    pub event: ImEvent,
}

/// Why a callback request was refused; nothing of it was acted on.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ImCallbackError {
    /// `SdkAppid` is not this app's.
    #[error("the callback is for SDKAppID {got:?}, not this app's {expected}")]
    OtherApp {
        /// This app's SDKAppID.
        expected: u64,
        /// What the URL carried.
        got: Option<String>,
    },
    /// `Sign` / `RequestTime` do not verify.
    #[error("callback authentication: {0}")]
    Auth(#[from] CallbackAuthError),
    /// The body is not the JSON of its command.
    #[error("the {command} callback's body does not parse: {reason}")]
    Body {
        /// The callback command.
        command: String,
        /// What serde said.
        reason: String,
    },
}

/// Verifies and types the callbacks of one IM app.
#[derive(Clone, Debug)]
pub struct ImCallbacks {
    sdkappid: u64,
    auth: Option<CallbackAuth>,
}

impl ImCallbacks {
    /// Callbacks of the app `sdkappid`, without authentication (only behind a network that only
    /// Tencent reaches: prefer [`authenticated`](Self::authenticated)).
    pub fn new(sdkappid: u64) -> Self {
        ImCallbacks { sdkappid, auth: None }
    }

    /// Requires a valid `Sign` and a fresh `RequestTime` on every request.
    pub fn authenticated(mut self, auth: CallbackAuth) -> Self {
        self.auth = Some(auth);
        self
    }

    /// Checks a request's URL query (the part after `?`) and types its body, at `now` (Unix
    /// seconds). The app, then the signature, then the body: a request failing a check is refused
    /// before its body is read.
    pub fn parse(&self, query: &str, body: &[u8], now: u64) -> Result<ImCallbackRequest, ImCallbackError> {
        let mut params: HashMap<String, String> =
            url::form_urlencoded::parse(query.as_bytes()).into_owned().collect();
        let sdkappid = params.remove("SdkAppid");
        if sdkappid.as_deref().and_then(|id| id.trim().parse::<u64>().ok()) != Some(self.sdkappid) {
            return Err(ImCallbackError::OtherApp { expected: self.sdkappid, got: sdkappid });
        }
        if let Some(auth) = &self.auth {
            auth.verify(
                params.get("Sign").map(String::as_str),
                params.get("RequestTime").map(String::as_str),
                now,
            )?;
        }
        let command = params.remove("CallbackCommand").unwrap_or_default();
        let event = ImEvent::parse(&command, body)
            .map_err(|error| ImCallbackError::Body { command: command.clone(), reason: error.to_string() })?;
        Ok(ImCallbackRequest {
            client_ip: params.remove("ClientIP"),
            platform: params.remove("OptPlatform"),
            event,
        })
    }
}
