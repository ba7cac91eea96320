//! `getUserEncryptKey`: `GET /wxa/business/getuserencryptkey`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/internet/internet.getUserEncryptKey.html>.
//! Note: this page's request line is `POST ...?access_token&openid&signature&sig_method` with every
//! parameter in the query and no body (a community report says even `{}` as a body is refused); a
//! POST declaration sends its fields as a JSON body (`{}` when empty), so it cannot express the call.
//! Declared as the newer page (miniprogram/dev/server/API/user-info/internet/api_getuserencryptkey)
//! gives it: `GET` with the fields as query parameters, perm set 18; the corpus lists POST.
//! `signature` is hmac_sha256(session_key, "") as a hex string.

use crate::wechat::CommonError;
use crate::{wx_endpoint, Secret};
use serde::Deserialize;

/// Reads the user's last three encryption keys (each lives 3600 s) for the encrypted network channel.
#[wx_endpoint(
    name = "getUserEncryptKey",
    path = "/wxa/business/getuserencryptkey",
    method = GET,
    perm_sets = [18],
    response = UserEncryptKeys,
    sensitive,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetUserEncryptKey {
    /// The user's OpenID.
    #[wx(non_empty)]
    pub openid: String,
    /// The signature of an empty string with the user's session_key: hmac_sha256(session_key, "").
    #[wx(non_empty)]
    pub signature: String,
    /// The signature method: only `hmac_sha256`.
    #[wx(non_empty)]
    pub sig_method: String,
}

impl GetUserEncryptKey {
    /// The request for `openid`, signed with the user's `session_key`.
    pub fn signed(openid: impl Into<String>, session_key: &Secret) -> Self {
        let (signature, sig_method) = crate::mini_program::login::session_proof(session_key);
        GetUserEncryptKey { openid: openid.into(), signature, sig_method }
    }
}

/// The keys, as `getUserEncryptKey` returns them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UserEncryptKeys {
    /// The user's last three keys.
    pub key_info_list: Vec<UserEncryptKey>,
}

/// One key (`key_info_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UserEncryptKey {
    /// The encryption key.
    pub encrypt_key: String,
    /// The encryption IV.
    pub iv: String,
    /// The key's version.
    pub version: i64,
    /// The seconds the key stays valid.
    pub expire_in: i64,
    /// When the key was created (Unix seconds).
    pub create_time: i64,
}
