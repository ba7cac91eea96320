//! `storage.setUserInteractiveData`: `POST /wxa/setuserinteractivedata`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/data/storage.setUserInteractiveData.html>.
//! Note: the facts were read on the newer page api_storage.setuserinteractivedata (this page was not
//! captured). `openid`, `signature` (`hmac_sha256(session_key, body)`) and `sig_method` travel in the
//! query, as on the request line; `signed` computes the signature. Third-party platforms cannot
//! call it: the game's own token.

use crate::wechat::CommonError;
use crate::{wx_endpoint, Invalid, Secret};
use serde::{Deserialize, Serialize};

/// Writes the user's interactive (relationship-chain) storage data for a mini game.
#[wx_endpoint(
    name = "storage.setUserInteractiveData",
    path = "/wxa/setuserinteractivedata",
    credential = app,
    errors(
        use CommonError,
        87081 => InvalidOpenid: "invalid openid",
        87082 => InvalidKey: "invalid key",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SetUserInteractiveData {
    /// The user's OpenID.
    #[wx(query, non_empty)]
    pub openid: String,
    /// The user's login-state signature of the body: set by [`SetUserInteractiveData::signed`].
    #[wx(query, non_empty)]
    pub signature: String,
    /// The signature's method: `hmac_sha256`.
    #[wx(query, non_empty)]
    pub sig_method: String,
    /// The data to report.
    #[wx(non_empty)]
    pub kv_list: Vec<InteractiveKeyValue>,
}

impl SetUserInteractiveData {
    /// The request for the user `openid`, signed with the user's `session_key` (from `code2Session`).
    pub fn signed(
        openid: impl Into<String>,
        kv_list: Vec<InteractiveKeyValue>,
        session_key: &Secret,
    ) -> Result<Self, Invalid> {
        let request = SetUserInteractiveData {
            openid: openid.into(),
            signature: String::new(),
            sig_method: super::super::SIG_METHOD.to_owned(),
            kv_list,
        };
        super::super::with_login_signature(request, |r| &mut r.signature, session_key)
    }
}

/// One interactive data item (`kv_list`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InteractiveKeyValue {
    /// The data's key, currently `"1"` to `"50"`.
    pub key: String,
    /// The data's value.
    pub value: i64,
}
