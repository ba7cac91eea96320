//! `admin_set_msg_read`: `POST /v4/openim/admin_set_msg_read`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/38996>.
//! Note: the page's table types `MsgReadTime` as String; its description (a timestamp in seconds), the
//! Chinese twin and the SDKs send an integer, which this field does.

use serde::Deserialize;

use super::OpenimError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Marks a one-to-one conversation's messages as read for one of its parties.
#[wx_endpoint(
    name = "admin_set_msg_read",
    family = im,
    path = "/v4/openim/admin_set_msg_read",
    errors(
        use ImCommonError,
        use OpenimError,
        90003 => InvalidToAccount: "the peer account is missing or does not exist",
        90008 => InvalidFromAccount: "the reporting account is missing or does not exist",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct AdminSetMsgRead {
    /// The account whose messages become read.
    #[serde(rename = "Report_Account")]
    #[wx(non_empty)]
    pub report_account: String,
    /// The other party of the conversation.
    #[serde(rename = "Peer_Account")]
    #[wx(non_empty)]
    pub peer_account: String,
    /// Messages before this time (UNIX seconds) become read; now when unset.
    #[serde(rename = "MsgReadTime")]
    pub msg_read_time: Option<i64>,
}
