//! `pushAppMsg`: `POST /wxa/business/runtime/pushappmsg`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/Miniprogram_Frame/api/backend/pushAppMsg.html>.
//! Note: called with the access token of the mobile application (the Launcher app's AppID) or of the Mini Program; the app receives `{msg, appid}`.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Pushes a message to a device running the Mini Program frame (WMPF).
#[wx_endpoint(
    name = "pushAppMsg",
    path = "/wxa/business/runtime/pushappmsg",
    errors(
        use CommonError,
        40101 => InvalidParameter: "invalid parameter",
        45002 => ContentTooLong: "the message exceeds 5 KB",
        48012 => InvalidPushToken: "invalid push token",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct PushAppMsg {
    /// The message, at most 5 KB.
    #[wx(max_bytes = 5120)]
    pub msg: String,
    /// The `pushToken` obtained from WMPF.
    pub push_token: String,
}
