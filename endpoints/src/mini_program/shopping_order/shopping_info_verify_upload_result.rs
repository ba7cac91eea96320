//! `ShoppingInfoVerifyUploadResult`: `POST /user-order/shoppinginfo/verify`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/shopping-order/upload-result/ShoppingInfoVerifyUploadResult.html>.
//! Note: the order number type must be the one the shopping details were uploaded with (the combined
//! order's for combined orders), and the openid the uploaded payer's.
//! Unverified: the return field `verify_result` (the page's return table was not read); the error table
//! was not read.

use super::{ShoppingOrderKey, ShoppingPayer};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Checks whether an uploaded shopping order was finally accepted (payment done and matching).
#[wx_endpoint(
    name = "ShoppingInfoVerifyUploadResult",
    path = "/user-order/shoppinginfo/verify",
    perm_sets = [120, 121],
    response = ShoppingInfoVerification,
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ShoppingInfoVerifyUploadResult {
    /// The order whose upload is checked.
    pub order_key: ShoppingOrderKey,
    /// The payer uploaded with the shopping details.
    pub payer: ShoppingPayer,
}

/// The check returned by `ShoppingInfoVerifyUploadResult`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct ShoppingInfoVerification {
    /// The result's description; on failure it says what to fix.
    pub verify_result: String,
}
