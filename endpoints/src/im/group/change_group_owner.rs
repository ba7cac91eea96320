//! `change_group_owner`: `POST /v4/group_open_http_svc/change_group_owner`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34966>.
//! Note: not for AVChatRoom groups (10007). A group without an owner can also be given one; the
//! new owner must be a member.
//! Unverified: `From_Account` (the operator) is taken from the current Chinese page's field list
//! as other sources repeat it; the older page printed only `GroupId` and `NewOwner_Account`.

use serde::Deserialize;

use super::GroupError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Makes another member the group owner.
#[wx_endpoint(
    name = "change_group_owner",
    family = im,
    path = "/v4/group_open_http_svc/change_group_owner",
    errors(use ImCommonError, use GroupError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ChangeGroupOwner {
    /// The group.
    #[wx(non_empty)]
    pub group_id: String,
    /// The new owner (must be a member).
    #[serde(rename = "NewOwner_Account")]
    #[wx(non_empty)]
    pub new_owner_account: String,
    /// The operator to act as; the app admin when unset.
    #[serde(rename = "From_Account")]
    pub from_account: Option<String>,
}
