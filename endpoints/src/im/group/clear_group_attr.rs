//! `clear_group_attr`: `POST /v4/group_open_http_svc/clear_group_attr`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/44189>.
//! Note: not for Community groups (older versions of the page allowed AVChatRoom only).
//! Unverified: the page's error table was not readable; the shared group codes are assumed
//! (the sibling attribute pages add 10049: at most 5 attribute writes per second per group).

use serde::Deserialize;

use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Removes all custom attributes of a group.
#[wx_endpoint(
    name = "clear_group_attr",
    family = im,
    path = "/v4/group_open_http_svc/clear_group_attr",
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ClearGroupAttr {
    /// The group whose custom attributes to clear.
    #[wx(non_empty)]
    pub group_id: String,
}
