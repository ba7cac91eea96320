//! `midas.sandbox.pay`: `POST /cgi-bin/midas/sandbox/pay`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/midas-payment/midas.pay.html>.
//! Note: the page is the same for the production (`/cgi-bin/midas/pay`) and sandbox
//! (`/cgi-bin/midas/sandbox/pay`) lines; both are declared.
//! Note: the page names no separate sandbox interface; the name is `midas.pay`'s with `sandbox`.
//! Note: `sig` is the HMAC-SHA256 of the parameters + URI with the Midas key, computed by the caller.
//! Older copies of the page also required `mp_sig` (signed with the user's session_key); the current
//! page lists `sig` only.
//! Unverified: the newer (2.0) pages replace this API; whether third-party platforms may call it is not
//! said, so the default token is used.
//! Unverified: the error table beyond its first rows was read from a copy of the page (90010-90018).

use super::Payment;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deducts a user's game currency (on a system failure, retry with the same bill_no: it never deducts twice) in the sandbox environment.
#[wx_endpoint(
    name = "midas.sandbox.pay",
    path = "/cgi-bin/midas/sandbox/pay",
    response = Payment,
    errors(
        use CommonError,
        90010 => NotLoggedIn: "the user is not logged in or the login expired",
        90011 => InvalidSig: "wrong sig",
        90012 => OrderExists: "the order already exists",
        90013 => InsufficientBalance: "insufficient balance",
        90017 => NoPermission: "no permission to call the API",
        90018 => InvalidParameter: "invalid parameter",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SandboxPay {
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
    /// The game currency to deduct; not 0.
    pub amt: i64,
    /// The order number: globally unique, at most 63 characters of digits, letters, `_` and `-`; the same number never deducts twice.
    #[wx(chars = 1..=63)]
    pub bill_no: String,
    /// The item's name.
    pub pay_item: Option<String>,
    /// A remark, written to the account's statement.
    pub app_remark: Option<String>,
    /// HMAC-SHA256 of the parameters above + URI with the Midas key.
    #[wx(non_empty)]
    pub sig: String,
}
