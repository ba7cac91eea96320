//! `msgSecCheck`: `POST /wxa/msg_sec_check`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/sec-check/security.msgSecCheck.html>.
//! Note: version 2.0 (`version` = 2); at most 4000 calls a minute and 2,000,000 a day. The sample's
//! keyword rows carry `level`, which the table does not list; it is typed. The facts and the error
//! table were read on the newer page api_msgseccheck.

use super::{SecLabel, SecScene, SecSuggest};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Checks whether a text contains illegal content, for a user who visited the Mini Program in the last two hours.
#[wx_endpoint(
    name = "msgSecCheck",
    path = "/wxa/msg_sec_check",
    perm_sets = [18],
    response = MsgSecCheckResult,
    errors(
        use CommonError,
        40003 => InvalidOpenid: "invalid openid",
        40129 => InvalidScene: "invalid scene: 1 profile, 2 comment, 3 forum, 4 social log",
        43002 => RequirePost: "this API requires POST",
        43104 => OpenidAppidMismatch: "the openid does not belong to this appid",
        44002 => EmptyPostData: "the POST body is empty",
        44991 => MinuteQuotaReached: "the per-minute call limit was exceeded",
        45009 => DailyQuotaReached: "the daily call limit was exceeded",
        47001 => DataFormatError: "the body is not valid JSON or misses a parameter",
        61010 => VisitExpired: "the user has not visited the Mini Program in the last two hours",
    ),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct MsgSecCheck {
    /// The text, UTF-8, at most 2500 characters.
    #[wx(chars = 1..=2500)]
    pub content: String,
    /// The API version: 2.
    #[wx(one_of = [2])]
    pub version: u32,
    /// Where the text appears.
    pub scene: SecScene,
    /// The user's openid; the user must have visited the Mini Program in the last two hours.
    #[wx(non_empty)]
    pub openid: String,
    /// The text's title, UTF-8.
    pub title: Option<String>,
    /// The user's nickname, UTF-8.
    pub nickname: Option<String>,
    /// The user's signature, UTF-8; for scene 1 (profile) only.
    pub signature: Option<String>,
}

/// The answer of `msgSecCheck`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MsgSecCheckResult {
    /// The overall result.
    pub result: SecResult,
    /// The result of each strategy.
    pub detail: Vec<SecDetail>,
    /// The request's unique id.
    pub trace_id: String,
}

/// The overall result of a check (`result`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SecResult {
    /// The suggestion.
    pub suggest: Option<SecSuggest>,
    /// The label matched.
    pub label: Option<SecLabel>,
}

/// One strategy's result (`detail`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SecDetail {
    /// The strategy (`content_model`, `keyword`, ...).
    pub strategy: String,
    /// The strategy's error code; the row is valid only when it is 0.
    pub errcode: i64,
    /// The suggestion.
    pub suggest: Option<SecSuggest>,
    /// The label matched.
    pub label: Option<SecLabel>,
    /// The custom keyword matched.
    pub keyword: Option<String>,
    /// Confidence 0-100 that the content has `label`.
    pub prob: Option<i64>,
    /// The keyword row's level (in the page's sample, not its table).
    pub level: Option<i64>,
}
