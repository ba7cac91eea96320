//! `pay_v2.queryOrder`: `POST /wxa/game/queryorderinfo`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/midas-payment-v2/pay_v2.queryOrder.html>.
//! Note: `signature` (`hmac_sha256(session_key, body)`), `sig_method` (only `hmac_sha256`) and
//! `pay_sig` (`hmac_sha256(app_key, "/wxa/game/queryorderinfo&" + body)`, the payment signature of
//! the page "virtual payment signatures") travel in the query, as on the request line; `signed`
//! computes both.
//! Note: the newer page (api_pay_v2.queryorder) says third-party platforms cannot call it: the game's
//! own token. Only verified mini games can call it.
//! Note: the page requires `zone_id`; the corpus sample omits it.

use crate::wechat::CommonError;
use crate::{body_signature, wx_endpoint, Endpoint, Invalid, Secret};
use serde::Deserialize;

crate::wire_enum! {
    /// Whether the user paid (`pay_state`).
    pub enum PayState: code {
        /// 1: not paid.
        Unpaid = 1,
        /// 2: paid.
        Paid = 2,
    }
}

crate::wire_enum! {
    /// Whether the order was delivered (`deliver_state`); for game currency, whether the balance grew.
    pub enum DeliverState: code {
        /// 1: not delivered.
        NotDelivered = 1,
        /// 2: delivered.
        Delivered = 2,
    }
}

/// Reads a virtual-payment (2.0) order's payment and delivery state.
#[wx_endpoint(
    name = "pay_v2.queryOrder",
    path = "/wxa/game/queryorderinfo",
    credential = app,
    response = OrderInfo,
    idempotent,
    errors(
        use CommonError,
        90010 => InvalidSignature: "wrong signature (the login-state signature)",
        90011 => InvalidPaySig: "wrong pay_sig",
        90016 => SessionKeyExpired: "the user's session_key expired: log in again",
        90018 => InvalidParameter: "invalid parameter (see errmsg)",
        90019 => OutTradeNoNotFound: "out_trade_no not found",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct QueryOrder {
    /// The user's login-state signature of the body: set by [`QueryOrder::signed`].
    #[wx(query, non_empty)]
    pub signature: String,
    /// The signature's method: `hmac_sha256`.
    #[wx(query, non_empty)]
    pub sig_method: String,
    /// The payment signature of the path and the body: set by [`QueryOrder::signed`].
    #[wx(query, non_empty)]
    pub pay_sig: String,
    /// The user's OpenID.
    #[wx(non_empty)]
    pub openid: String,
    /// The payment application's id (OfferId).
    #[wx(non_empty)]
    pub offer_id: String,
    /// The current Unix time, in seconds.
    pub ts: i64,
    /// A published zone id (MP: zone configuration), matching `env`.
    #[wx(non_empty)]
    pub zone_id: String,
    /// 0 production, 1 sandbox.
    #[wx(one_of = [0, 1])]
    pub env: u8,
    /// The out_trade_no given at top-up.
    #[wx(non_empty)]
    pub out_trade_no: String,
    /// 1 game currency, 2 direct item purchase.
    #[wx(one_of = [1, 2])]
    pub biz_id: u8,
}

impl QueryOrder {
    /// The request with its signatures set: the login-state one with the user's `session_key`,
    /// the payment one with `app_key`, the payment key of the environment `env` names.
    pub fn signed(mut self, session_key: &Secret, app_key: &Secret) -> Result<Self, Invalid> {
        self.sig_method = super::super::SIG_METHOD.to_owned();
        self.pay_sig = body_signature(&self, app_key, &format!("{}&", Self::PATH))?;
        super::super::with_login_signature(self, |r| &mut r.signature, session_key)
    }
}

/// An order's state, as `pay_v2.queryOrder` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct OrderInfo {
    /// The item's id.
    pub product_id: String,
    /// Whether the user paid.
    pub pay_state: Option<PayState>,
    /// Whether the order was delivered.
    pub deliver_state: Option<DeliverState>,
    /// When the payment finished (Unix seconds).
    pub pay_finish_time: i64,
    /// The out_trade_no given at top-up.
    pub out_trade_no: String,
    /// The WeChat Pay merchant order number (WeChat Pay only).
    pub mch_order_no: String,
    /// The WeChat Pay transaction id (WeChat Pay only).
    pub transaction_id: String,
}
