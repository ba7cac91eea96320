//! `im_set_attr`: `POST /v4/all_member_push/im_set_attr`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/37170>.
//! Note: attribute values are at most 50 bytes (not checked by the client: they sit in a map).

use serde::Deserialize;

use super::types::UserAttrs;
use super::AllMemberPushError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Sets attributes of up to 100 users; the app's attribute names must be set first. At most 100
/// calls per second.
#[wx_endpoint(
    name = "im_set_attr",
    family = im,
    path = "/v4/all_member_push/im_set_attr",
    calls_per_second = 100,
    errors(use ImCommonError, use AllMemberPushError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct ImSetAttr {
    /// The users and the attribute values to set (at most 100 users).
    #[serde(rename = "UserAttrs")]
    #[wx(non_empty, max_items = 100)]
    pub user_attrs: Vec<UserAttrs>,
}
