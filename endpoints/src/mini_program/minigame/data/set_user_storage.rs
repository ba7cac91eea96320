//! `storage.setUserStorage`: `POST /wxa/set_user_storage`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/data/storage.setUserStorage.html>.
//! Note: `openid`, `signature` (the user's login-state signature: `hmac_sha256(session_key, body)`)
//! and `sig_method` travel in the query, as on the page's request line; `signed` computes the signature.
//! Note: the newer page (api_storage.setuserstorage) says third-party platforms cannot call it: the
//! game's own token. Limits: at most 128 key-value pairs per user, key + value at most 1024 bytes,
//! key at most 128 bytes.
//! Unverified: the newer page types `value` as a number (apparently copied from
//! `setUserInteractiveData`); this page and its sample give a string, which is kept.

use crate::wechat::CommonError;
use crate::{wx_endpoint, Invalid, Secret};
use serde::{Deserialize, Serialize};

/// Reports key-value data to the user's cloud storage for a mini game.
#[wx_endpoint(
    name = "storage.setUserStorage",
    path = "/wxa/set_user_storage",
    credential = app,
    errors(
        use CommonError,
        87016 => KeyValueTooLong: "a key-value pair exceeds the length limit",
        87017 => StorageTooLarge: "the user's stored data exceeds the size limit",
        87018 => TooManyKeyValues: "the user's stored key-value pairs exceed the count limit",
        87019 => KeyTooLong: "a key exceeds the length limit",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SetUserStorage {
    /// The user's OpenID.
    #[wx(query, non_empty)]
    pub openid: String,
    /// The user's login-state signature of the body: set by [`SetUserStorage::signed`].
    #[wx(query, non_empty)]
    pub signature: String,
    /// The signature's method: `hmac_sha256`.
    #[wx(query, non_empty)]
    pub sig_method: String,
    /// The data to report.
    #[wx(non_empty)]
    pub kv_list: Vec<StorageKeyValue>,
}

impl SetUserStorage {
    /// The request for the user `openid`, signed with the user's `session_key` (from `code2Session`).
    pub fn signed(
        openid: impl Into<String>,
        kv_list: Vec<StorageKeyValue>,
        session_key: &Secret,
    ) -> Result<Self, Invalid> {
        let request = SetUserStorage {
            openid: openid.into(),
            signature: String::new(),
            sig_method: super::super::SIG_METHOD.to_owned(),
            kv_list,
        };
        super::super::with_login_signature(request, |r| &mut r.signature, session_key)
    }
}

/// One reported key-value pair (`kv_list`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StorageKeyValue {
    /// The data's key (at most 128 bytes).
    pub key: String,
    /// The data's value; key and value together at most 1024 bytes.
    pub value: String,
}
