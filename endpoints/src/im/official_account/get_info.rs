//! `get_official_account_info`: `POST /v4/official_account_open_http_svc/get_official_account_info`.
//!
//! Fields and limits from the official page
//! <https://www.tencentcloud.com/document/product/1047/60758>; the page prints the
//! family's error table, declared once as `OfficialAccountError`.

use serde::Deserialize;

use super::types::{AccountId, AccountInfo, ResponseFilter};
use super::OfficialAccountError;
use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Reads the profiles of up to 50 official accounts; each item carries its own result.
#[wx_endpoint(
    name = "get_official_account_info",
    family = im,
    path = "/v4/official_account_open_http_svc/get_official_account_info",
    response = AccountInfoList,
    errors(use ImCommonError, use OfficialAccountError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct GetOfficialAccountInfo {
    /// The official accounts to read (at most 50).
    #[serde(rename = "OfficialAccountIdList")]
    #[wx(non_empty, max_items = 50)]
    pub accounts: Vec<AccountId>,
    /// Which profile fields to return; all when unset.
    #[serde(rename = "ResponseFilter")]
    pub filter: Option<ResponseFilter>,
}

/// The profiles read by `get_official_account_info`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct AccountInfoList {
    /// One profile per requested account, each with its own result.
    #[serde(rename = "OfficialAccountInfoList", default)]
    pub accounts: Vec<AccountInfo>,
}
