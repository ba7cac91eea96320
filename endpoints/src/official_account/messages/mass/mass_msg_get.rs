//! `massmsgget`: `POST /cgi-bin/message/mass/get`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Batch_Sends_and_Originality_Checks.html#6>.
//! Note: the interface name, permission set, fields and error table were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/notify/message/api_massmsgget>. The answer's `msg_id` is
//! typed a string and printed a number: both are read.
//! Unverified: the error table was cut after 43002 in the stored copy.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads a mass message's sending status.
#[wx_endpoint(
    name = "massmsgget",
    path = "/cgi-bin/message/mass/get",
    perm_sets = [7],
    idempotent,
    response = MassStatus,
    errors(
        use CommonError,
        40059 => InvalidMsgId: "invalid msg_id",
        41001 => AccessTokenMissing: "access_token missing",
        42001 => AccessTokenExpired: "access_token expired",
        43002 => RequirePost: "this API requires POST",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct MassMsgGet {
    /// The send job's id, as mass sending answered it.
    #[wx(non_empty)]
    pub msg_id: String,
}

/// A mass message's status, as `massmsgget` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MassStatus {
    /// The send job's id.
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub msg_id: u64,
    /// Where the message stands.
    pub msg_status: Option<MassMsgStatus>,
}

crate::wire_enum! {
    /// A mass message's status (`msg_status`).
    pub enum MassMsgStatus: text {
        /// `SEND_SUCCESS`: sent.
        SendSuccess = "SEND_SUCCESS",
        /// `SENDING`: being sent.
        Sending = "SENDING",
        /// `SEND_FAIL`: failed.
        SendFail = "SEND_FAIL",
        /// `DELETE`: deleted.
        Delete = "DELETE",
    }
}
