//! `group_set_key_values`: `POST /v4/openim_msg_ext_http_svc/group_set_key_values`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/52170>.
//! Note: the page's first request example has a trailing comma inside `ExtensionList` (not JSON);
//! the golden data records it without the comma.
//! Unverified: the stored page is cut inside the request table; the response shape (as
//! `set_key_values`) and the error table were not read (only `ImCommonError` is used).

use serde::Deserialize;

use super::types::{KeyValue, OperateType, SetExtensionResults};
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Sets, deletes or clears the key-value extensions of a group message (Private/Work, Public and
/// ChatRoom/Meeting groups; not AVChatRoom or Community). At most 20 pairs per call, 300 per
/// message.
#[wx_endpoint(
    name = "group_set_key_values",
    family = im,
    path = "/v4/openim_msg_ext_http_svc/group_set_key_values",
    response = SetExtensionResults,
    errors(use ImCommonError),
)]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GroupSetKeyValues {
    /// The group.
    #[wx(non_empty)]
    pub group_id: String,
    /// The group message's `MsgSeq`.
    pub msg_seq: u64,
    /// Set, delete or clear.
    pub operate_type: OperateType,
    /// The pairs to set or delete (at most 20); required for set and delete.
    #[wx(max_items = 20)]
    pub extension_list: Option<Vec<KeyValue>>,
}
