//! `getJsErrList`: `POST /wxaapi/log/jserr_list`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/operation/operation.getJsErrList.html>.
//! Note: 20011 comes from the newer server/API page. Permission set 18 is from the OpenApiDoc and server/API versions
//! of the page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the Mini Program's JS errors, grouped by message and stack.
#[wx_endpoint(
    name = "getJsErrList",
    path = "/wxaapi/log/jserr_list",
    perm_sets = [18],
    response = JsErrList,
    errors(
        use CommonError,
        20011 => RateLimited: "call frequency limited; try again later",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetJsErrList {
    /// The Mini Program version, e.g. `2.0.18`; `0` for all.
    #[serde(rename = "appVersion")]
    pub app_version: String,
    /// The kind of error: `0` all, `1` business code, `2` plugin, `3` system framework.
    #[serde(rename = "errType")]
    pub err_type: String,
    /// The first day, `yyyy-mm-dd`.
    #[serde(rename = "startTime")]
    pub start_time: String,
    /// The last day, `yyyy-mm-dd`.
    #[serde(rename = "endTime")]
    pub end_time: String,
    /// A keyword the errors must contain; empty for all.
    pub keyword: String,
    /// The openid of the user who met the errors; empty for all.
    pub openid: String,
    /// The sort field: `uv` or `pv`.
    pub orderby: String,
    /// Order: `1` descending, `2` ascending.
    pub desc: String,
    /// Paging offset.
    pub offset: u32,
    /// Entries per page, at most 30.
    #[wx(range = 1..=30)]
    pub limit: u32,
}

/// The errors returned by `getJsErrList`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct JsErrList {
    /// The errors.
    pub data: Vec<JsErrSummary>,
    /// The total number of errors.
    #[serde(rename = "totalCount")]
    pub total_count: i64,
}

/// A JS error and its counts (`data`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct JsErrSummary {
    /// The MD5 of the error message.
    #[serde(rename = "errorMsgMd5")]
    pub error_msg_md5: String,
    /// The error message.
    #[serde(rename = "errorMsg")]
    pub error_msg: String,
    /// Users who met it.
    pub uv: i64,
    /// Times it happened.
    pub pv: i64,
    /// The MD5 of the error stack.
    #[serde(rename = "errorStackMd5")]
    pub error_stack_md5: String,
    /// The error stack.
    #[serde(rename = "errorStack")]
    pub error_stack: String,
    /// Its share of occurrences, e.g. `0.1%`.
    #[serde(rename = "pvPercent")]
    pub pv_percent: String,
    /// Its share of users, e.g. `1.1%`.
    #[serde(rename = "uvPercent")]
    pub uv_percent: String,
}
