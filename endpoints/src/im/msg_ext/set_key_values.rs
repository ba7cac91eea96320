//! `set_key_values`: `POST /v4/openim_msg_ext_http_svc/set_key_values`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/51195>.
//! Unverified: the stored page is cut after the request table; the response shape
//! (`ExtensionList` of `{ErrorCode, Extension}`) is as public SDKs model it, and the page's error
//! table was not read (only `ImCommonError` is used).

use serde::Deserialize;

use super::types::{KeyValue, OperateType, SetExtensionResults};
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Sets, deletes or clears the key-value extensions of a one-to-one message (sent with extension
/// support). At most 20 pairs per call and 300 per message.
#[wx_endpoint(
    name = "set_key_values",
    family = im,
    path = "/v4/openim_msg_ext_http_svc/set_key_values",
    response = SetExtensionResults,
    errors(use ImCommonError),
)]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SetKeyValues {
    /// The message's sender.
    #[serde(rename = "From_Account")]
    pub from_account: Option<String>,
    /// The message's recipient.
    #[serde(rename = "To_Account")]
    #[wx(non_empty)]
    pub to_account: String,
    /// The message's `MsgKey`, as returned when it was sent.
    #[wx(non_empty)]
    pub msg_key: String,
    /// Set, delete or clear.
    pub operate_type: OperateType,
    /// The pairs to set or delete (at most 20); required for set and delete.
    #[wx(max_items = 20)]
    pub extension_list: Option<Vec<KeyValue>>,
}
