//! Official Account web apps: web authorization (user tokens and profile) and the JS-SDK ticket.

use crate::Secret;
use serde::Deserialize;

mod get_ticket;
mod sns_access_token;
mod sns_auth;
mod sns_refresh_token;
mod sns_user_info;

pub use get_ticket::{GetTicket, GetTicketError, JsTicket, TicketType};
pub use sns_access_token::{SnsAccessToken, SnsAccessTokenError};
pub use sns_auth::{SnsAuth, SnsAuthError};
pub use sns_refresh_token::{SnsRefreshToken, SnsRefreshTokenError};
pub use sns_user_info::{Sex, SnsUser, SnsUserInfo, SnsUserInfoError, UserInfoLang};

/// A user's web authorization token, as `snsAccessToken` and `snsRefreshToken` return it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct OauthToken {
    /// The user's web access token; not the account's access_token.
    pub access_token: Secret,
    /// Seconds until `access_token` expires.
    pub expires_in: u64,
    /// Renews `access_token`; valid for 30 days.
    pub refresh_token: Secret,
    /// The user's OpenID under the account.
    pub openid: String,
    /// The granted scopes, separated by commas.
    #[serde(default)]
    pub scope: String,
    /// 1 when the user is a virtual account of snapshot-page mode (`snsAccessToken` only).
    #[serde(default)]
    pub is_snapshotuser: Option<u8>,
    /// The user's UnionID, with the `snsapi_userinfo` scope when the account is bound to an Open Platform account.
    #[serde(default)]
    pub unionid: Option<String>,
}
