//! `del_contact_group`: `POST /v4/recentcontact/del_contact_group`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/53441>.
//! Note: needs the Pro, Pro Plus or Enterprise edition.
//! Unverified: the stored page is cut before its error table; only the rows shared by the
//! conversation commands are declared.

use serde::Deserialize;

use super::types::ContactGroup;
use super::RecentContactError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Deletes a conversation group of a user.
#[wx_endpoint(
    name = "del_contact_group",
    family = im,
    path = "/v4/recentcontact/del_contact_group",
    response = DeletedContactGroups,
    errors(use ImCommonError, use RecentContactError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct DelContactGroup {
    /// The user whose conversation group is deleted.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The group to delete (one per request).
    #[wx(non_empty, max_items = 1)]
    pub group_name: Vec<String>,
}

/// The reply of `del_contact_group`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct DeletedContactGroups {
    /// The deleted groups' names and IDs.
    pub group_item: Vec<ContactGroup>,
}
