//! `storage.removeUserStorage`: `POST /wxa/remove_user_storage`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/data/storage.removeUserStorage.html>.
//! Note: `openid`, `signature` (the user's login-state signature: `hmac_sha256(session_key, body)`)
//! and `sig_method` travel in the query, as on the page's request line; `signed` computes the signature.
//! Note: the newer page (minigame/dev/api-backend/data/...) says third-party platforms cannot call
//! the mini-game storage APIs: the game's own token (`credential = app`).

use crate::wechat::CommonError;
use crate::{wx_endpoint, Invalid, Secret};
use serde::Deserialize;

/// Deletes key-value data a mini game already reported to the user's cloud storage.
#[wx_endpoint(
    name = "storage.removeUserStorage",
    path = "/wxa/remove_user_storage",
    credential = app,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct RemoveUserStorage {
    /// The user's OpenID.
    #[wx(query, non_empty)]
    pub openid: String,
    /// The user's login-state signature of the body: set by [`RemoveUserStorage::signed`].
    #[wx(query, non_empty)]
    pub signature: String,
    /// The signature's method: `hmac_sha256`.
    #[wx(query, non_empty)]
    pub sig_method: String,
    /// The keys of the data to delete.
    #[wx(non_empty)]
    pub key: Vec<String>,
}

impl RemoveUserStorage {
    /// The request for the user `openid`, signed with the user's `session_key` (from `code2Session`).
    pub fn signed(
        openid: impl Into<String>,
        key: Vec<String>,
        session_key: &Secret,
    ) -> Result<Self, Invalid> {
        let request = RemoveUserStorage {
            openid: openid.into(),
            signature: String::new(),
            sig_method: super::super::SIG_METHOD.to_owned(),
            key,
        };
        super::super::with_login_signature(request, |r| &mut r.signature, session_key)
    }
}
