//! `realtimelogSearch`: `GET /wxaapi/userlog/userlog_search`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/operation/operation.realtimelogSearch.html>.
//! Note: 200002 says `date` may be within the last three days while the field's description says seven. The error
//! rows come from the newer server/API page. Permission set 18 is from the OpenApiDoc and server/API versions of
//! the page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Searches the Mini Program's real-time logs of one day.
#[wx_endpoint(
    name = "realtimelogSearch",
    path = "/wxaapi/userlog/userlog_search",
    method = GET,
    perm_sets = [18],
    response = RealtimeLogs,
    errors(
        use CommonError,
        200002 => InvalidParameter: "invalid parameter: date, begintime and endtime are required, date must be recent, endtime after begintime",
        200007 => NoPermission: "no permission",
        200010 => RateLimited: "too frequent: at most 50 calls a minute",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct RealtimelogSearch {
    /// The day, `YYYYMMDD`, within the last 7 days.
    pub date: String,
    /// The start (Unix seconds), within `date`.
    pub begintime: i64,
    /// The end (Unix seconds), within `date`.
    pub endtime: i64,
    /// Paging offset; default 0.
    pub start: Option<u32>,
    /// Entries per page; default 20.
    pub limit: Option<u32>,
    /// A launch's unique id: all pages' logs of that launch.
    #[serde(rename = "traceId")]
    pub trace_id: Option<String>,
    /// A page path, e.g. `pages/index/index`.
    pub url: Option<String>,
    /// A user's WeChat id or openid.
    pub id: Option<String>,
    /// The `filterMsg` set with setFilterMsg/addFilterMsg.
    #[serde(rename = "filterMsg")]
    pub filter_msg: Option<String>,
    /// The lowest level to return.
    pub level: Option<LogLevel>,
}

crate::wire_enum! {
    /// A real-time log level (`level`).
    pub enum LogLevel: code {
        /// 2: info.
        Info = 2,
        /// 4: warn.
        Warn = 4,
        /// 8: error.
        Error = 8,
    }
}

/// The answer of `realtimelogSearch`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RealtimeLogs {
    /// The logs and their total.
    pub data: RealtimeLogData,
}

/// The logs and their total (`data`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RealtimeLogData {
    /// The log entries.
    pub list: Vec<RealtimeLog>,
    /// The total number of entries.
    pub total: i64,
}

/// A log entry: one page's logs of one launch (`list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RealtimeLog {
    /// The OR of the levels in `msg` (e.g. 6 for info and warn).
    pub level: i64,
    /// The base library version.
    #[serde(rename = "libraryVersion")]
    pub library_version: String,
    /// The WeChat client version.
    #[serde(rename = "clientVersion")]
    pub client_version: String,
    /// The user's openid.
    pub id: String,
    /// When it was logged (Unix seconds).
    pub timestamp: i64,
    /// The platform.
    pub platform: Option<LogPlatform>,
    /// The page's path.
    pub url: String,
    /// The logged calls.
    pub msg: Vec<RealtimeLogMessage>,
    /// The launch's unique id.
    pub traceid: String,
    /// The filter message set by the developer.
    #[serde(rename = "filterMsg")]
    pub filter_msg: String,
}

crate::wire_enum! {
    /// The platform of a log entry (`platform`).
    pub enum LogPlatform: code {
        /// 1: Android.
        Android = 1,
        /// 2: iOS.
        Ios = 2,
    }
}

/// A logging call (`msg`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RealtimeLogMessage {
    /// When the call was made (Unix seconds).
    pub time: i64,
    /// The call's arguments, one string each.
    pub msg: Vec<String>,
    /// The call's level.
    pub level: Option<LogLevel>,
}
