//! `kick`: `POST /v4/im_open_login_svc/kick`.
//!
//! Source: <https://www.tencentcloud.com/document/product/1047/34957>.
//! Note: the user can log in again with a newly generated UserSig.
//! Unverified: the stored copy of the page ends before its error table; no rows beyond the common
//! 60000-79999 codes are declared.

use serde::Deserialize;

use crate::im::ImCommonError;
use crate::wx_endpoint;

/// Invalidates one account's login state (its current UserSig), e.g. for a malicious account.
#[wx_endpoint(
    name = "kick",
    family = im,
    path = "/v4/im_open_login_svc/kick",
    errors(use ImCommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Kick {
    /// The account whose login state to invalidate.
    #[serde(rename = "UserID")]
    #[wx(non_empty)]
    pub user_id: String,
}
