//! `set_group_attr`: `POST /v4/group_open_http_svc/set_group_attr`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/44190>.
//! Note: every group type (Private/Work, Public, ChatRoom/Meeting, AVChatRoom, Community).
//! Unverified: the stored page's error table breaks off after 10002; the other rows are those of
//! `modify_group_attr`'s page, whose limits (32-byte keys, 16 keys, 4,000-byte values) this page repeats.

use super::modify_group_attr::ModifyGroupAttrItem;
use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Replaces all custom attributes of a group with the given ones.
#[wx_endpoint(
    name = "set_group_attr",
    family = im,
    path = "/v4/group_open_http_svc/set_group_attr",
    errors(
        use ImCommonError,
        use GroupError,
        10045 => KeyTooLong: "a custom attribute key exceeds 32 bytes; shorten it",
        10046 => ValueTooLong: "a custom attribute value exceeds 4,000 bytes; shorten it",
        10047 => TooManyKeys: "more than 16 custom attribute keys",
        10048 => ValuesTooLarge: "the custom attribute values exceed 16,000 bytes in total",
        10049 => WriteTooFrequent: "custom attributes are written more than 5 times per second; retry later",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SetGroupAttr {
    /// The group whose attributes to reset.
    #[wx(non_empty)]
    pub group_id: String,
    /// The group's new attributes (at most 16 keys).
    #[wx(max_items = 16)]
    pub group_attr: Vec<ModifyGroupAttrItem>,
}
