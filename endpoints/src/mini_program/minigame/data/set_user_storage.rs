//! `storage.setUserStorage`: `POST /wxa/set_user_storage`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/data/storage.setUserStorage.html>.
//! Note: the request line also carries `openid`, `signature` (the user's login-state signature) and
//! `sig_method` as query parameters; a POST declaration sends its fields as the JSON body only, so
//! those three cannot be expressed here and the runtime does not send them.
//! Note: the newer page (api_storage.setuserstorage) says third-party platforms cannot call it: the
//! game's own token. Limits: at most 128 key-value pairs per user, key + value at most 1024 bytes,
//! key at most 128 bytes.
//! Unverified: the newer page types `value` as a number (apparently copied from
//! `setUserInteractiveData`); this page and its sample give a string, which is kept.

use crate::wechat::CommonError;
use crate::wx_endpoint;
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
    /// The data to report.
    #[wx(non_empty)]
    pub kv_list: Vec<StorageKeyValue>,
}

/// One reported key-value pair (`kv_list`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct StorageKeyValue {
    /// The data's key (at most 128 bytes).
    pub key: String,
    /// The data's value; key and value together at most 1024 bytes.
    pub value: String,
}
