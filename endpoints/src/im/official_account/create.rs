//! `create_official_account`: `POST /v4/official_account_open_http_svc/create_official_account`.
//!
//! Fields and limits from the official page
//! <https://www.tencentcloud.com/document/product/1047/60755>; the page prints the
//! family's error table, declared once as `OfficialAccountError`.

use super::OfficialAccountError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Creates an official account owned by `Owner_Account`.
#[wx_endpoint(
    name = "create_official_account",
    family = im,
    path = "/v4/official_account_open_http_svc/create_official_account",
    response = CreatedAccount,
    errors(use ImCommonError, use OfficialAccountError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateOfficialAccount {
    /// The user who owns the account.
    #[serde(rename = "Owner_Account")]
    #[wx(non_empty)]
    pub owner_account: String,
    /// The official account's name (at most 150 bytes).
    #[wx(non_empty, max_bytes = 150)]
    pub name: String,
    /// A chosen ID (prefix `@TOA#_`, at most 48 bytes); generated when unset.
    #[serde(rename = "OfficialAccountUserID")]
    #[wx(prefix = "@TOA#_", max_bytes = 48)]
    pub official_account_user_id: Option<String>,
    /// The official account's introduction (at most 400 bytes).
    #[wx(max_bytes = 400)]
    pub introduction: Option<String>,
    /// Avatar URL (at most 500 bytes).
    #[wx(max_bytes = 500)]
    pub face_url: Option<String>,
    /// The organization the account belongs to (at most 500 bytes).
    #[wx(max_bytes = 500)]
    pub organization: Option<String>,
    /// Application-defined data (at most 3000 bytes).
    #[wx(max_bytes = 3000)]
    pub custom_string: Option<String>,
    /// 100,000 when unset.
    pub max_subscriber_num: Option<u32>,
}

/// The new account's ID.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct CreatedAccount {
    /// The official account's ID (`OfficialAccountUserID`), used by the other commands.
    #[serde(rename = "OfficialAccountUserID")]
    pub official_account_user_id: String,
}
