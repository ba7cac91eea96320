//! `clear_group_msg`: `POST /v4/group_open_http_svc/clear_group_msg`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/65970>.
//! Note: messages are only marked deleted: SDKs can no longer pull them, `group_msg_get_simple`
//! still can. Not for Community groups.

use serde::Deserialize;

use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Clears a group's message history, all of it or up to a sequence number.
#[wx_endpoint(
    name = "clear_group_msg",
    family = im,
    path = "/v4/group_open_http_svc/clear_group_msg",
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ClearGroupMsg {
    /// The group whose history to clear.
    #[wx(non_empty)]
    pub group_id: String,
    /// Clear the messages with a sequence number up to this one (inclusive); all when unset.
    pub msg_seq: Option<u64>,
}
