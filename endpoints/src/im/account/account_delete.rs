//! `account_delete`: `POST /v4/im_open_login_svc/account_delete`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34955>.
//! Note: trial apps may delete accounts by default; other editions must enable deletion in the console
//! (71000 otherwise). Deleted data cannot be recovered; non-trial apps cannot import a deleted UserID
//! again for 3 months (70399).
//! Unverified: the stored copy of the page ends before its error table; no rows beyond the common
//! 60000-79999 codes are declared.

use serde::Deserialize;

use super::types::AccountId;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Deletes up to 100 accounts with their friends, profiles, groups and conversations; each account
/// gets its own result.
#[wx_endpoint(
    name = "account_delete",
    family = im,
    path = "/v4/im_open_login_svc/account_delete",
    response = AccountDeleteResult,
    errors(use ImCommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AccountDelete {
    /// The accounts to delete (at most 100).
    #[wx(non_empty, max_items = 100)]
    pub delete_item: Vec<AccountId>,
}

/// One account's deletion result (`ResultItem` item).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct AccountDeleteItem {
    /// This account's result code: 0 deleted, other values failed (70107: no such account).
    pub result_code: Option<i64>,
    /// This account's error message when the deletion failed.
    pub result_info: Option<String>,
    /// The account's UserID.
    #[serde(rename = "UserID")]
    pub user_id: String,
}

impl AccountDeleteItem {
    /// This account's own failure code, if the batch reported one.
    pub fn failure(&self) -> Option<i64> {
        self.result_code.filter(|&code| code != 0)
    }
}

/// The results of `account_delete`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct AccountDeleteResult {
    /// One result per account to delete.
    pub result_item: Vec<AccountDeleteItem>,
}
