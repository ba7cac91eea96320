//! `search_contact_group`: `POST /v4/recentcontact/search_contact_group`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/53442>.
//! Note: needs the Pro, Pro Plus or Enterprise edition.
//! Unverified: the stored page is cut before its request example, tables and error table; the field
//! shapes are as transcribed elsewhere from the page, and only the rows shared by the conversation
//! commands are declared.

use serde::Deserialize;

use super::types::{ContactGroup, ContactItem, ContactMarks};
use super::RecentContactError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads the groups and marks of specified conversations of a user.
#[wx_endpoint(
    name = "search_contact_group",
    family = im,
    path = "/v4/recentcontact/search_contact_group",
    response = ContactSearchResults,
    idempotent,
    errors(use ImCommonError, use RecentContactError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct SearchContactGroup {
    /// The user whose conversations are searched.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The conversations to look up.
    #[wx(non_empty)]
    pub contact_item: Vec<ContactItem>,
}

/// The reply of `search_contact_group`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct ContactSearchResults {
    /// The requested conversations' groups and marks.
    pub contact_result_item: Vec<ContactMarks>,
    /// The conversation groups referenced by the results.
    pub group_item: Vec<ContactGroup>,
    /// Error details meant for display on the client (usually empty).
    pub error_display: String,
}
