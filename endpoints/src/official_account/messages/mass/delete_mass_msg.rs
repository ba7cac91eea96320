//! `deleteMassMsg`: `POST /cgi-bin/message/mass/delete`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Batch_Sends_and_Originality_Checks.html#4>.
//! Note: the interface name, permission set, fields and error table were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/notify/message/api_deletemassmsg>. The page types `msg_id`
//! as a number; it is sent as one and read from a number or a string of digits.
//! Unverified: the error table was cut after 40008 in the stored copy.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes a sent mass message's article page (articles and videos only; receivers keep the card).
#[wx_endpoint(
    name = "deleteMassMsg",
    path = "/cgi-bin/message/mass/delete",
    perm_sets = [7],
    errors(
        use CommonError,
        40008 => InvalidMessageType: "invalid message type",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DeleteMassMsg {
    /// The send job's id; it or `url` is required, and it wins when both are set.
    #[serde(default, deserialize_with = "crate::wechat::lenient::option_u64")]
    pub msg_id: Option<u64>,
    /// The article's position from 1; 0 or left out deletes every article (only with `msg_id`).
    pub article_idx: Option<u32>,
    /// The article's URL, used when `msg_id` is left out.
    pub url: Option<String>,
}
