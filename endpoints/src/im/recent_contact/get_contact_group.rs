//! `get_contact_group`: `POST /v4/recentcontact/get_contact_group`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/53440>.
//! Note: needs the Pro, Pro Plus or Enterprise edition.
//! Note: the page's response table types `ContactItem` as Integer and `Type` as String; the example
//! (an array of objects, `Type` a number) is followed.
//! Unverified: the stored page is cut before its error table; only the rows shared by the
//! conversation commands are declared.

use serde::Deserialize;

use super::types::{ContactGroup, ContactMarks};
use super::RecentContactError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads a page of a user's conversation groups and conversation marks.
#[wx_endpoint(
    name = "get_contact_group",
    family = im,
    path = "/v4/recentcontact/get_contact_group",
    response = ContactGroupPage,
    idempotent,
    errors(use ImCommonError, use RecentContactError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetContactGroup {
    /// The user whose groups and marks are read.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// Where the page starts: 0 first, then the previous page's `NextStartIndex`.
    pub start_index: u64,
}

/// A page of `get_contact_group`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct ContactGroupPage {
    /// The grouped or marked conversations on this page.
    pub contact_item: Vec<ContactMarks>,
    /// The user's conversation groups.
    pub group_item: Vec<ContactGroup>,
    /// 1 when everything has been returned; 0 when more pages follow.
    pub complete_flag: i64,
    /// Where the next page starts; pass it as `StartIndex`.
    pub next_start_index: u64,
}
