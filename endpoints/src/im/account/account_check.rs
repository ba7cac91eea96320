//! `account_check`: `POST /v4/im_open_login_svc/account_check`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34956>.
//! Note: at most 100 calls per second. The page lists no errors of its own beyond the common
//! 60000-79999 codes (`ImCommonError`).

use serde::Deserialize;

use super::types::AccountId;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Checks whether up to 100 accounts have been imported into IM; each gets its own result.
#[wx_endpoint(
    name = "account_check",
    family = im,
    path = "/v4/im_open_login_svc/account_check",
    response = AccountCheckResult,
    calls_per_second = 100,
    idempotent,
    errors(use ImCommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AccountCheck {
    /// The accounts to check (at most 100).
    #[wx(non_empty, max_items = 100)]
    pub check_item: Vec<AccountId>,
}

crate::wire_enum! {
    /// Whether an account is imported (`AccountStatus`).
    pub enum AccountStatus: text {
        /// The account is imported.
        Imported = "Imported",
        /// The account is not imported.
        NotImported = "NotImported",
    }
}

/// One account's check result (`ResultItem` item).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct AccountCheckItem {
    /// The checked account's UserID.
    #[serde(rename = "UserID")]
    pub user_id: String,
    /// This account's result code: 0 checked, other values failed.
    pub result_code: Option<i64>,
    /// This account's error message when the check failed.
    pub result_info: Option<String>,
    /// Whether the account is imported.
    pub account_status: Option<AccountStatus>,
}

impl AccountCheckItem {
    /// This account's own failure code, if the batch reported one.
    pub fn failure(&self) -> Option<i64> {
        self.result_code.filter(|&code| code != 0)
    }
}

/// The results of `account_check`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct AccountCheckResult {
    /// One result per checked account.
    pub result_item: Vec<AccountCheckItem>,
}
