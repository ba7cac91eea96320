//! `destroy_official_account`: `POST /v4/official_account_open_http_svc/destroy_official_account`.
//!
//! Fields and limits from the official page
//! <https://www.tencentcloud.com/document/product/1047/60756>; the page prints the
//! family's error table, declared once as `OfficialAccountError`.

use super::OfficialAccountError;
use crate::im::ImCommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Destroys an official account.
#[wx_endpoint(
    name = "destroy_official_account",
    family = im,
    path = "/v4/official_account_open_http_svc/destroy_official_account",
    errors(use ImCommonError, use OfficialAccountError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct DestroyOfficialAccount {
    /// The official account to destroy: the `OfficialAccountUserID` returned at creation.
    #[serde(rename = "Official_Account")]
    #[wx(prefix = "@TOA#_")]
    pub official_account: String,
}
