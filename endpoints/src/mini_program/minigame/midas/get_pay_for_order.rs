//! `business.getPayForOrder`: `POST /wxa/business/getpayfororder`.
//!
//! Source: <https://developers.weixin.qq.com/minigame/dev/api-backend/midas-payment/business.getPayForOrder.html>.
//! Note: the page marks the API as deprecated (接口已废弃).
//! Unverified: the page says nothing of third-party platforms; the default token is used.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

crate::wire_enum! {
    /// A friend-payment ("索要单") order's state (`status`).
    pub enum PayForOrderStatus: code {
        /// 1: awaiting payment.
        AwaitingPayment = 1,
        /// 2: paid.
        Paid = 2,
        /// 3: timed out.
        TimedOut = 3,
        /// 4: Midas has issued the game currency.
        CurrencyIssued = 4,
        /// 5: the game delivered (the notification to the game succeeded).
        Delivered = 5,
        /// 6: the game's delivery failed (the notification finally failed).
        DeliveryFailed = 6,
    }
}

crate::wire_enum! {
    /// The Midas environment (`env`).
    pub enum MidasEnv: code {
        /// 0: production.
        Production = 0,
        /// 1: sandbox.
        Sandbox = 1,
    }
}

/// Reads a friend-payment ("索要单") order's information and state.
#[wx_endpoint(
    name = "business.getPayForOrder",
    path = "/wxa/business/getpayfororder",
    response = PayForOrder,
    idempotent,
    errors(
        use CommonError,
        -10000404 => OrderNotFound: "the friend-payment order does not exist",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetPayForOrder {
    /// The mini game's AppID.
    pub appid: String,
    /// WeChat's friend-payment order number.
    pub order_no: String,
    /// The game's own order number.
    pub out_trade_no: String,
}

/// The order, as `business.getPayForOrder` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PayForOrder {
    /// The order's information.
    pub payfororder: PayForOrderInfo,
}

/// A friend-payment order (`payfororder`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PayForOrderInfo {
    /// The game's own order number.
    pub out_trade_no: String,
    /// WeChat's friend-payment order number.
    pub order_no: String,
    /// The OpenID of the player who placed the order.
    pub openid: String,
    /// When the order was created (Unix seconds).
    pub create_time: i64,
    /// The amount, in fen.
    pub amount: i64,
    /// The order's state.
    pub status: Option<PayForOrderStatus>,
    /// The Midas zone the currency is delivered to.
    pub zone_id: String,
    /// The Midas environment.
    pub env: Option<MidasEnv>,
    /// When the order was paid (Unix seconds); present only once it is paid.
    pub pay_time: Option<i64>,
}
