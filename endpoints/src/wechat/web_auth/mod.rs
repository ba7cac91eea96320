//! Web authorization on behalf of an Official Account: a third-party platform exchanges a user's `code` for the user's web access token and refreshes it.

use crate::Secret;
use serde::Deserialize;

mod access_token;
mod refresh_token;

pub use access_token::{AccessToken, AccessTokenError};
pub use refresh_token::{RefreshToken, RefreshTokenError};

/// A user's web authorization token, as `access_token` and `refresh_token` return it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct WebAuthToken {
    /// The user's web access token; not the Official Account's access token.
    pub access_token: Secret,
    /// Seconds until `access_token` expires.
    pub expires_in: u64,
    /// Refreshes `access_token`; valid for 30 days, after which the user must authorize again.
    pub refresh_token: Secret,
    /// The user's OpenID under the Official Account.
    pub openid: String,
    /// The granted scopes, separated by commas.
    #[serde(default)]
    pub scope: String,
}
