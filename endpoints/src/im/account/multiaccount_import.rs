//! `multiaccount_import`: `POST /v4/im_open_login_svc/multiaccount_import`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34954>.
//! Note: at most 100 calls per second. The page documents two request forms: the old `Accounts`
//! (UserIDs only) and the new `AccountList` (with nickname and avatar; an existing account is
//! updated). Set one of them.
//! Unverified: the 40006 row is the first row of the page's table as stored; the rest of the table
//! was not visible.

use serde::{Deserialize, Serialize};

use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Imports up to 100 accounts at a time; the accounts that failed are listed in the response.
#[wx_endpoint(
    name = "multiaccount_import",
    family = im,
    path = "/v4/im_open_login_svc/multiaccount_import",
    response = MultiaccountImportResult,
    calls_per_second = 100,
    errors(
        use ImCommonError,
        40006 => ProfileInternalError: "internal server error while setting profile data; retry later",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct MultiaccountImport {
    /// Old form: the UserIDs to import (each at most 32 bytes, at most 100).
    #[wx(max_items = 100)]
    pub accounts: Option<Vec<String>>,
    /// New form: the accounts to import with their profiles (at most 100).
    #[wx(max_items = 100)]
    pub account_list: Option<Vec<ImportAccount>>,
}

/// One account of the new request form (`AccountList` item).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct ImportAccount {
    /// The account's UserID (at most 32 bytes).
    #[serde(rename = "UserID")]
    pub user_id: String,
    /// The user's nickname.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nick: Option<String>,
    /// URL of the user's avatar.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub face_url: Option<String>,
}

/// The result of `multiaccount_import`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase", default)]
pub struct MultiaccountImportResult {
    /// The UserIDs that failed to be imported.
    pub fail_accounts: Vec<String>,
}
