//! `modify_group_msg`: `POST /v4/openim/modify_group_msg`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/47948>.
//! Note: not for audio-video groups; the given `MsgBody` and/or `CloudCustomData` overwrite the
//! message's and this cannot be undone.
//! Unverified: the stored copy of the page ends before its error table; the own rows are the group
//! section's generic rows of the Error Codes page.

use serde::Deserialize;

use super::OpenimError;
use crate::im::msg::MsgElement;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Overwrites the body and/or custom data of a historical group message.
#[wx_endpoint(
    name = "modify_group_msg",
    family = im,
    path = "/v4/openim/modify_group_msg",
    errors(
        use ImCommonError,
        use OpenimError,
        10002 => GroupInternalError: "internal server error; retry",
        10004 => InvalidParameter: "invalid parameter; check the request against the error description",
        10007 => NoPermission: "insufficient permission (group type, operator, or not the admin)",
        10010 => GroupNotFound: "the group does not exist or was dismissed",
        10015 => InvalidGroupId: "invalid group ID",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGroupMsg {
    /// The group whose message to modify.
    #[wx(non_empty)]
    pub group_id: String,
    /// Sequence number of the message to modify.
    pub msg_seq: u64,
    /// The new message body.
    pub msg_body: Option<Vec<MsgElement>>,
    /// The new custom data.
    pub cloud_custom_data: Option<String>,
    /// The topic (communities only).
    pub topic_id: Option<String>,
}
