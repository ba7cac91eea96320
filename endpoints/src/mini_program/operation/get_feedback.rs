//! `getFeedback`: `GET /wxaapi/feedback/list`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/operation/operation.getFeedback.html>.
//! Note: the page types `phone` as a string (a phone number or an e-mail address) while its example shows a number;
//! the SDK keeps a string and reads a number as its digits. `systemInfo` is in the example and the newer server/API page's table. Permission set
//! 18 is from the OpenApiDoc and server/API versions of the page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists users' feedback on the Mini Program, a page at a time.
#[wx_endpoint(
    name = "getFeedback",
    path = "/wxaapi/feedback/list",
    method = GET,
    perm_sets = [18],
    response = FeedbackList,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetFeedback {
    /// The kind of feedback; all kinds when left out.
    #[serde(rename = "type")]
    pub feedback_type: Option<FeedbackType>,
    /// The page, from 1.
    pub page: u32,
    /// Entries per page.
    pub num: u32,
}

crate::wire_enum! {
    /// The kind of a feedback (`type`).
    pub enum FeedbackType: code {
        /// 1: the Mini Program cannot open.
        CannotOpen = 1,
        /// 2: the Mini Program crashes.
        Crash = 2,
        /// 3: it lags.
        Lag = 3,
        /// 4: black or white screen.
        BlankScreen = 4,
        /// 5: it freezes.
        Freeze = 5,
        /// 6: the layout is broken.
        BrokenLayout = 6,
        /// 7: the interface loads slowly.
        SlowLoading = 7,
        /// 8: another problem.
        Other = 8,
    }
}

/// The feedback returned by `getFeedback`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct FeedbackList {
    /// The feedback entries.
    pub list: Vec<Feedback>,
    /// The total number of entries.
    pub total_num: i64,
}

/// A user's feedback (`list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Feedback {
    /// The feedback's id, for `getFeedbackmedia`.
    pub record_id: i64,
    /// When it was written (Unix seconds).
    pub create_time: i64,
    /// The feedback's text.
    pub content: String,
    /// The user's contact: a phone number or an e-mail address.
    #[serde(deserialize_with = "crate::wechat::lenient::text")]
    pub phone: String,
    /// The user's openid.
    pub openid: String,
    /// The user's nickname.
    pub nickname: String,
    /// The user's avatar URL.
    pub head_url: String,
    /// The kind of feedback.
    #[serde(rename = "type")]
    pub feedback_type: Option<FeedbackType>,
    /// The attached pictures' media ids, for `getFeedbackmedia`.
    #[serde(rename = "mediaIds")]
    pub media_ids: Vec<String>,
    /// The user's system information, as a JSON string.
    #[serde(rename = "systemInfo")]
    pub system_info: String,
}
