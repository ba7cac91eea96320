//! `im_remove_attr`: `POST /v4/all_member_push/im_remove_attr`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/37171>.

use serde::Deserialize;

use super::types::UserAttrNames;
use super::AllMemberPushError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Deletes attributes of up to 100 users (by attribute name). At most 100 calls per second.
#[wx_endpoint(
    name = "im_remove_attr",
    family = im,
    path = "/v4/all_member_push/im_remove_attr",
    calls_per_second = 100,
    errors(use ImCommonError, use AllMemberPushError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ImRemoveAttr {
    /// The users and the names of the attributes to delete (at most 100 users).
    #[serde(rename = "UserAttrs")]
    #[wx(non_empty, max_items = 100)]
    pub user_attrs: Vec<UserAttrNames>,
}
