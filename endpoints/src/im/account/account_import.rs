//! `account_import`: `POST /v4/im_open_login_svc/account_import`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34953>.
//! Note: importing the same UserID again creates no second internal ID.
//! Unverified: the 40005 row is from an earlier version of the page (the stored current copy ends
//! before its error table).

use serde::Deserialize;

use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Imports one app account into IM (creating its internal ID) with an optional nickname and avatar.
#[wx_endpoint(
    name = "account_import",
    family = im,
    path = "/v4/im_open_login_svc/account_import",
    errors(
        use ImCommonError,
        40005 => SensitiveProfile: "the nickname or avatar contains sensitive words; change it and retry",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "PascalCase")]
pub struct AccountImport {
    /// The account's UserID (at most 32 bytes).
    #[serde(rename = "UserID")]
    #[wx(non_empty, max_bytes = 32)]
    pub user_id: String,
    /// The user's nickname.
    pub nick: Option<String>,
    /// URL of the user's avatar.
    pub face_url: Option<String>,
}
