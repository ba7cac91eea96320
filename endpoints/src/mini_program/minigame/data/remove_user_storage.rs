//! `storage.removeUserStorage`: `POST /wxa/remove_user_storage`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/open-api/data/storage.removeUserStorage.html>.
//! Note: the request line also carries `openid`, `signature` (the user's login-state signature) and
//! `sig_method` (e.g. `hmac_sha256`) as query parameters; a POST declaration sends its fields as the
//! JSON body only, so those three cannot be expressed here and the runtime does not send them.
//! Note: the newer page (minigame/dev/api-backend/data/...) says third-party platforms cannot call
//! the mini-game storage APIs: the game's own token (`credential = app`).

use crate::wechat::CommonError;
use crate::wx_endpoint;
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
    /// The keys of the data to delete.
    #[wx(non_empty)]
    pub key: Vec<String>,
}
