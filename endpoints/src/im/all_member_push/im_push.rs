//! `im_push`: `POST /v4/all_member_push/im_push`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/37166>.
//! Note: Ultimate edition only, enabled per app (90045 otherwise); at most 100 pushes a day by
//! default (90047) and more than one second between two pushes (90024).
//! Note: `calls_per_second = 1` approximates "the interval between two pushes must be greater
//! than one second"; the daily quota is only documented here, not enforced by the client.

use serde::Deserialize;

use super::types::PushCondition;
use super::AllMemberPushError;
use crate::im::msg::{MsgElement, OfflinePushInfo};
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Pushes a message to all users, or to the users matching attribute or tag conditions. At most
/// 100 pushes per day by default, and more than one second between two pushes.
#[wx_endpoint(
    name = "im_push",
    family = im,
    path = "/v4/all_member_push/im_push",
    response = PushTask,
    calls_per_second = 1,
    errors(
        use ImCommonError,
        use AllMemberPushError,
        90002 => InvalidMsgBody: "MsgBody is not a valid message element array; fix its format",
        90005 => MissingMsgRandom: "MsgRandom is missing or not an integer",
        90007 => MsgBodyNotArray: "MsgBody is not an array; send an array of message elements",
        90010 => InvalidMsgFormat: "the request does not meet the message format; fix the message elements",
        90020 => TagTooLong: "a tag is longer than 50 bytes",
        90022 => DuplicateTags: "TagsOr and TagsAnd contain the same tag",
        90024 => PushTooFrequent: "pushes are too frequent; wait more than one second between pushes",
        90026 => InvalidMsgLifeTime: "MsgLifeTime exceeds 7 days (604800 seconds)",
        90032 => TooManyTags: "more than 10 tags in a condition (or in a tag-adding request)",
        90039 => ConditionsExclusive: "attribute and tag conditions cannot be combined",
        90040 => EmptyTag: "a tag in the conditions is empty",
        90045 => PushNotEnabled: "push to all users is not enabled for this app",
        90047 => DailyQuotaExceeded: "the daily push quota (100 by default) is used up",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ImPush {
    /// The sender shown to recipients; the administrator when unset.
    #[serde(rename = "From_Account")]
    pub from_account: Option<String>,
    /// Random number (32-bit unsigned) for de-duplicating push tasks.
    pub msg_random: u32,
    /// Offline storage time in seconds (at most 604800, 7 days); 0 or unset: online users only.
    #[wx(range = 0..=604800)]
    pub msg_life_time: Option<u32>,
    /// Whom to push to; all users when unset.
    pub condition: Option<PushCondition>,
    /// The message's elements.
    #[wx(non_empty)]
    pub msg_body: Vec<MsgElement>,
    /// Offline push settings.
    pub offline_push_info: Option<OfflinePushInfo>,
}

/// The push task created by `im_push`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct PushTask {
    /// The push task's ID.
    pub task_id: String,
}
