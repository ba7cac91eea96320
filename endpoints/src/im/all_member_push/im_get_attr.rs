//! `im_get_attr`: `POST /v4/all_member_push/im_get_attr`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/37169>.

use serde::Deserialize;

use super::types::UserAttrs;
use super::AllMemberPushError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads the attributes of up to 100 users. At most 100 calls per second.
#[wx_endpoint(
    name = "im_get_attr",
    family = im,
    path = "/v4/all_member_push/im_get_attr",
    response = UserAttrList,
    calls_per_second = 100,
    idempotent,
    errors(use ImCommonError, use AllMemberPushError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ImGetAttr {
    /// The users whose attributes to read (at most 100).
    #[serde(rename = "To_Account")]
    #[wx(non_empty, max_items = 100)]
    pub to_account: Vec<String>,
}

/// The users' attributes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct UserAttrList {
    /// One entry per requested user (`Attrs` empty when the user has none).
    pub user_attrs: Vec<UserAttrs>,
}
