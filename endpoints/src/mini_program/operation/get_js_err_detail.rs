//! `getJsErrDetail`: `POST /wxaapi/log/jserr_detail`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/operation/operation.getJsErrDetail.html>.
//! Note: `Uin` is in the example, not in the table. -3 comes from the newer server/API page. Permission set 18 is
//! from the OpenApiDoc and server/API versions of the page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the occurrences of one JS error (by message and stack digest).
#[wx_endpoint(
    name = "getJsErrDetail",
    path = "/wxaapi/log/jserr_detail",
    perm_sets = [18],
    response = JsErrDetails,
    errors(
        use CommonError,
        -3 => Busy: "system busy; try again later",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetJsErrDetail {
    /// The first day, `yyyy-mm-dd`.
    #[serde(rename = "startTime")]
    pub start_time: String,
    /// The last day, `yyyy-mm-dd`.
    #[serde(rename = "endTime")]
    pub end_time: String,
    /// The MD5 of the error message.
    #[serde(rename = "errorMsgMd5")]
    pub error_msg_md5: String,
    /// The MD5 of the error stack.
    #[serde(rename = "errorStackMd5")]
    pub error_stack_md5: String,
    /// The Mini Program version, e.g. `2.0.18`; `0` for all.
    #[serde(rename = "appVersion")]
    pub app_version: String,
    /// The base library version, e.g. `2.14.1`; `0` for all.
    #[serde(rename = "sdkVersion")]
    pub sdk_version: String,
    /// The system: `0` all, `1` Android, `2` iOS, `3` others.
    #[serde(rename = "osName")]
    pub os_name: String,
    /// The WeChat client version, e.g. `7.0.22`; `0` for all.
    #[serde(rename = "clientVersion")]
    pub client_version: String,
    /// The openid of the user who met the error; empty for all.
    pub openid: String,
    /// Paging offset.
    pub offset: u32,
    /// Entries per page.
    pub limit: u32,
    /// Order: `0` ascending, `1` descending.
    pub desc: String,
}

/// The occurrences returned by `getJsErrDetail`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct JsErrDetails {
    /// The occurrences.
    pub data: Vec<JsErrDetail>,
    /// The total number of occurrences.
    #[serde(rename = "totalCount")]
    pub total_count: i64,
}

/// An occurrence of a JS error (`data`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct JsErrDetail {
    /// The count, as a string.
    #[serde(rename = "Count")]
    pub count: String,
    /// The base library version.
    #[serde(rename = "sdkVersion")]
    pub sdk_version: String,
    /// The WeChat client version.
    #[serde(rename = "ClientVersion")]
    pub client_version: String,
    /// The MD5 of the error stack.
    #[serde(rename = "errorStackMd5")]
    pub error_stack_md5: String,
    /// When it happened, e.g. `2021-01-25 16:36:39`.
    #[serde(rename = "TimeStamp")]
    pub time_stamp: String,
    /// The Mini Program version.
    #[serde(rename = "appVersion")]
    pub app_version: String,
    /// The MD5 of the error message.
    #[serde(rename = "errorMsgMd5")]
    pub error_msg_md5: String,
    /// The error message.
    #[serde(rename = "errorMsg")]
    pub error_msg: String,
    /// The error stack.
    #[serde(rename = "errorStack")]
    pub error_stack: String,
    /// The day, `yyyy-mm-dd`.
    #[serde(rename = "Ds")]
    pub ds: String,
    /// The system, as a code string.
    #[serde(rename = "OsName")]
    pub os_name: String,
    /// The user's openid.
    #[serde(rename = "openId")]
    pub open_id: String,
    /// The plugin version.
    pub pluginversion: String,
    /// The Mini Program's AppID.
    #[serde(rename = "appId")]
    pub app_id: String,
    /// The device model.
    #[serde(rename = "DeviceModel")]
    pub device_model: String,
    /// The error's source.
    pub source: String,
    /// The page route.
    pub route: String,
    /// The user's uin (in the example only).
    #[serde(rename = "Uin")]
    pub uin: String,
    /// The user's nickname.
    pub nickname: String,
}
