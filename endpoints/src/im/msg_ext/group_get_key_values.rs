//! `group_get_key_values`: `POST /v4/openim_msg_ext_http_svc/group_get_key_values`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/52169>.
//! Unverified: the stored page is cut inside the response table; its error table was not read
//! (only `ImCommonError` is used).

use serde::Deserialize;

use super::types::ExtensionPage;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads the key-value extensions of a group message, up to 200 pairs per call.
#[wx_endpoint(
    name = "group_get_key_values",
    family = im,
    path = "/v4/openim_msg_ext_http_svc/group_get_key_values",
    response = ExtensionPage,
    idempotent,
    errors(use ImCommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GroupGetKeyValues {
    /// The group.
    #[wx(non_empty)]
    pub group_id: String,
    /// The group message's `MsgSeq`.
    pub msg_seq: u64,
    /// Read pairs whose `Seq` is at least this (continue a partial read).
    pub start_seq: Option<u64>,
}
