//! `midas.present`: `POST /cgi-bin/midas/present`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/midas-payment/midas.present.html>.
//! Note: the page is the same for the production (`/cgi-bin/midas/present`) and sandbox
//! (`/cgi-bin/midas/sandbox/present`) lines; both are declared.
//! Note: `sig` is the HMAC-SHA256 of the parameters + URI with the Midas key, computed by the caller.
//! Older copies of the page also required `mp_sig` (signed with the user's session_key); the current
//! page lists `sig` only.
//! Unverified: the newer (2.0) pages replace this API; whether third-party platforms may call it is not
//! said, so the default token is used.

use super::Presented;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Gives game currency to a user.
#[wx_endpoint(
    name = "midas.present",
    path = "/cgi-bin/midas/present",
    response = Presented,
    errors(
        use CommonError,
        90010 => NotLoggedIn: "the user is not logged in or the login expired",
        90011 => InvalidSig: "wrong sig",
        90012 => OrderExists: "the order already exists",
        90017 => NoPermission: "no permission to call the API",
        90018 => InvalidParameter: "invalid parameter",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Present {
    /// The user's OpenID.
    #[wx(non_empty)]
    pub openid: String,
    /// The mini game's AppID.
    #[wx(non_empty)]
    pub appid: String,
    /// The offer_id Midas assigned.
    #[wx(non_empty)]
    pub offer_id: String,
    /// The Unix time, in seconds.
    pub ts: i64,
    /// The game server's zone id (`"1"` when the game has no zones; a role id follows after `_`).
    #[wx(non_empty)]
    pub zone_id: String,
    /// The platform, e.g. `android`.
    #[wx(non_empty)]
    pub pf: String,
    /// The user's public IP address.
    pub user_ip: Option<String>,
    /// The order number: globally unique, at most 63 characters of digits, letters, `_` and `-`; the same number never deducts twice.
    #[wx(chars = 1..=63)]
    pub bill_no: String,
    /// The game currency to give; not 0.
    pub present_counts: i64,
    /// HMAC-SHA256 of the parameters above + URI with the Midas key.
    #[wx(non_empty)]
    pub sig: String,
}
