//! `mark_contact`: `POST /v4/recentcontact/mark_contact`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/53438>.
//! Note: standard marks need the Pro, Pro Plus or Enterprise edition; custom marks do not. A standard
//! mark has 64 bits: the first 32 are reserved by Chat, the last 32 are the app's.
//! Unverified: the stored page is cut before its response example and error table; the response
//! shape (`ResultItem`) is as transcribed elsewhere from the page, and only the rows shared by the
//! conversation commands are declared.

use serde::{Deserialize, Serialize};

use super::types::ContactItem;
use super::RecentContactError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

crate::wire_enum! {
    /// Which marks a `MarkItem` sets (`OptType`).
    pub enum MarkOptType: code {
        /// Standard marks (`SetMark`/`ClearMark`).
        Standard = 1,
        /// The custom mark (`CustomMark`).
        Custom = 2,
        /// Both.
        Both = 3,
    }
}

/// Sets or clears standard and custom marks on up to 100 conversations of a user.
#[wx_endpoint(
    name = "mark_contact",
    family = im,
    path = "/v4/recentcontact/mark_contact",
    response = MarkResults,
    errors(use ImCommonError, use RecentContactError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MarkContact {
    /// The user whose conversations are marked.
    #[serde(rename = "From_Account")]
    #[wx(non_empty)]
    pub from_account: String,
    /// The marks to set (at most 100).
    #[wx(non_empty, max_items = 100)]
    pub mark_item: Vec<MarkItem>,
}

/// The marks to set on one conversation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MarkItem {
    /// Standard, custom or both.
    pub opt_type: MarkOptType,
    /// The conversation.
    pub contact_item: ContactItem,
    /// Standard mark bits to clear: n clears bit n.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clear_mark: Option<Vec<u32>>,
    /// Standard mark bits to set: n sets bit n.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set_mark: Option<Vec<u32>>,
    /// The custom mark (at most 256 bytes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub custom_mark: Option<String>,
}

/// One conversation's result.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct MarkResult {
    /// Standard, custom or both, as requested.
    pub opt_type: Option<MarkOptType>,
    /// The conversation.
    pub contact_item: Option<ContactItem>,
    /// This conversation's result code (0 = done), when present.
    pub result_code: Option<i64>,
    /// This conversation's error description (empty on success), when present.
    pub result_info: Option<String>,
}

impl MarkResult {
    /// This conversation's own failure code, if the batch reported one.
    pub fn failure(&self) -> Option<i64> {
        self.result_code.filter(|&code| code != 0)
    }
}

/// The results of `mark_contact`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct MarkResults {
    /// One result per mark item.
    pub result_item: Vec<MarkResult>,
    /// Error details meant for display on the client (usually empty).
    pub error_display: String,
}
