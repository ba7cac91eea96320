//! `midas.cancelPay`: `POST /cgi-bin/midas/cancelpay`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/midas-payment/midas.cancelPay.html>.
//! Note: the page is the same for the production (`/cgi-bin/midas/cancelpay`) and sandbox
//! (`/cgi-bin/midas/sandbox/cancelpay`) lines; both are declared.
//! Note: `sig` is the HMAC-SHA256 of the parameters + URI with the Midas key, computed by the caller.
//! Older copies of the page also required `mp_sig` (signed with the user's session_key); the current
//! page lists `sig` only.
//! Unverified: the newer (2.0) pages replace this API; whether third-party platforms may call it is not
//! said, so the default token is used.

use super::CancelledPay;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Cancels a game-currency deduction while its order number is still valid.
#[wx_endpoint(
    name = "midas.cancelPay",
    path = "/cgi-bin/midas/cancelpay",
    response = CancelledPay,
    errors(
        use CommonError,
        90000 => OrderNotFound: "the order does not exist",
        90010 => NotLoggedIn: "the user is not logged in or the login expired",
        90011 => InvalidSig: "wrong sig",
        90014 => OrderConfirmed: "the order is paid and confirmed: the operation is not allowed",
        90015 => OrderRolledBack: "the order was rolled back: the operation is not allowed",
        90016 => OrderProcessing: "the order is being processed",
        90017 => NoPermission: "no permission to call the API",
        90018 => InvalidParameter: "invalid parameter",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CancelPay {
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
    /// The item's name.
    pub pay_item: Option<String>,
    /// HMAC-SHA256 of the parameters above + URI with the Midas key.
    #[wx(non_empty)]
    pub sig: String,
}
