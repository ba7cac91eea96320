//! `confirmProductPermission`: `POST /user-order/orders-permission/confirm`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/shopping-orders/confirmProductPermission.html>.
//! Note: the review takes about 6 hours; uploaded shopping orders are shown to users once it
//! passes. The answer carries the result of the previous review.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Submits the shopping-order access for review and reads the last review's result.
#[wx_endpoint(
    name = "confirmProductPermission",
    path = "/user-order/orders-permission/confirm",
    perm_sets = [120, 121],
    response = ProductPermissionReview,
    errors(
        use CommonError,
        268486570 => PermissionNotOpened: "the current state cannot be submitted for review: open the shopping-order product permission and test first",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct ConfirmProductPermission;

/// The review result returned by `confirmProductPermission`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ProductPermissionReview {
    /// The result of the most recent review.
    pub last_result: String,
}
