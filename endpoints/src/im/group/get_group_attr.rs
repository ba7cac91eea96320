//! `get_group_attr`: `POST /v4/group_open_attr_http_svc/get_group_attr`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/44187>.
//! Note: a different service (`group_open_attr_http_svc`) from the other group commands.
//! Note: the stored copy of the page lists AVChatRoom groups only; the sibling `set_group_attr`
//! page lists every group type.

use super::modify_group_attr::ModifyGroupAttrItem;
use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads a group's custom attributes.
#[wx_endpoint(
    name = "get_group_attr",
    family = im,
    path = "/v4/group_open_attr_http_svc/get_group_attr",
    response = GroupAttrs,
    idempotent,
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetGroupAttr {
    /// The group whose attributes to read.
    #[wx(non_empty)]
    pub group_id: String,
}

/// A group's custom attributes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct GroupAttrs {
    /// The attributes as key-value pairs.
    pub group_attr_ary: Vec<ModifyGroupAttrItem>,
}
