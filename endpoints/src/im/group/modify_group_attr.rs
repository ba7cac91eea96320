//! `modify_group_attr`: `POST /v4/group_open_http_svc/modify_group_attr`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/44188>.
//! Note: the stored copy of the page lists AVChatRoom groups only; the sibling `set_group_attr`
//! page lists every group type.
//! Note: `ModifyGroupAttrItem` (`{"key", "value"}`, lowercase on the wire) is declared here because
//! group/types.rs has no custom-attribute type; `set_group_attr` and `get_group_attr` use it too.
//! Unverified: the 10045-10049 rows come from an older copy of the page.

use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Adds or changes custom attributes of a group (at most 5 writes per second per group).
#[wx_endpoint(
    name = "modify_group_attr",
    family = im,
    path = "/v4/group_open_http_svc/modify_group_attr",
    errors(
        use ImCommonError,
        use GroupError,
        10045 => KeyTooLong: "a custom attribute key exceeds 32 bytes; shorten it",
        10046 => ValueTooLong: "a custom attribute value exceeds 4,000 bytes; shorten it",
        10047 => TooManyKeys: "the group would have more than 16 custom attribute keys",
        10048 => ValuesTooLarge: "the custom attribute values exceed 16,000 bytes in total",
        10049 => WriteTooFrequent: "custom attributes are written more than 5 times per second; retry later",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyGroupAttr {
    /// The group whose attributes to change.
    #[wx(non_empty)]
    pub group_id: String,
    /// The attributes to add or change (at most 16 keys per group).
    #[wx(non_empty, max_items = 16)]
    pub group_attr: Vec<ModifyGroupAttrItem>,
}

/// One custom group attribute: `{"key": "...", "value": "..."}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModifyGroupAttrItem {
    /// The attribute's key (at most 32 bytes).
    pub key: String,
    /// The attribute's value (at most 4,000 bytes).
    #[serde(default)]
    pub value: String,
}
