//! `getPaidUnionid`: `GET /wxa/getpaidunionid`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/user-info/auth.getPaidUnionId.html>.
//! Note: valid within 5 minutes of the user's payment; give `transaction_id`, or `mch_id` with
//! `out_trade_no`. The facts were read on the newer page api_getpaidunionid.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Gets a paying user's unionid after a WeChat Pay payment, without the user's authorization.
#[wx_endpoint(
    name = "getPaidUnionid",
    path = "/wxa/getpaidunionid",
    method = GET,
    perm_sets = [18],
    response = PaidUnionid,
    errors(
        use CommonError,
        40003 => InvalidOpenid: "invalid openid",
        89002 => OpenNotExists: "the Mini Program is not bound to an Open Platform account",
        89300 => InvalidTrade: "invalid order",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetPaidUnionid {
    /// The paying user's openid.
    #[wx(non_empty)]
    pub openid: String,
    /// The WeChat Pay transaction id.
    pub transaction_id: Option<String>,
    /// The merchant id, with `out_trade_no`.
    pub mch_id: Option<String>,
    /// The merchant's order number, with `mch_id`.
    pub out_trade_no: Option<String>,
}

/// The answer of `getPaidUnionid`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PaidUnionid {
    /// The user's unionid.
    pub unionid: String,
}
