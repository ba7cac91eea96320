//! `get_key_values`: `POST /v4/openim_msg_ext_http_svc/get_key_values`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/51194>.
//! Unverified: the stored page is cut inside the request examples; `StartSeq` and the response
//! shape are those of `group_get_key_values` (whose page was read), and the page's error table
//! was not read (only `ImCommonError` is used).

use serde::Deserialize;

use super::types::ExtensionPage;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads the key-value extensions of a one-to-one message, up to 200 pairs per call.
#[wx_endpoint(
    name = "get_key_values",
    family = im,
    path = "/v4/openim_msg_ext_http_svc/get_key_values",
    response = ExtensionPage,
    idempotent,
    errors(use ImCommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetKeyValues {
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
    /// Read pairs whose `Seq` is at least this (continue a partial read).
    pub start_seq: Option<u64>,
}
