//! `storage.setUserInteractiveData`: `POST /wxa/setuserinteractivedata`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/data/storage.setUserInteractiveData.html>.
//! Note: the facts were read on the newer page api_storage.setuserinteractivedata (this page was not
//! captured). The request line also carries `openid`, `signature` and `sig_method` as query
//! parameters; a POST declaration sends its fields as the JSON body only, so those three cannot be
//! expressed here and the runtime does not send them. Third-party platforms cannot call it: the
//! game's own token.

use crate::wechat::CommonError;
use crate::wx_endpoint;
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
    /// The data to report.
    #[wx(non_empty)]
    pub kv_list: Vec<InteractiveKeyValue>,
}

/// One interactive data item (`kv_list`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InteractiveKeyValue {
    /// The data's key, currently `"1"` to `"50"`.
    pub key: String,
    /// The data's value.
    pub value: i64,
}
