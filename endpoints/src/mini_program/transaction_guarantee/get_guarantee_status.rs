//! `GetGuaranteeStatus`: `GET /wxaapi/wxamptrade/get_guarantee_status`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/transaction-guarantee/GetGuaranteeStatus.html>.
//! Note: perm sets are the newer page's (30, 151); an older copy also lists 128.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads whether the Mini Program's transaction-guarantee mark is active, and why not.
#[wx_endpoint(
    name = "GetGuaranteeStatus",
    path = "/wxaapi/wxamptrade/get_guarantee_status",
    method = GET,
    perm_sets = [30, 151],
    response = GuaranteeStatus,
    errors(
        use CommonError,
        200002 => InvalidParameter: "invalid parameter",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetGuaranteeStatus;

/// The mark's state, as `GetGuaranteeStatus` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct GuaranteeStatus {
    /// Whether the transaction-guarantee mark is active.
    #[serde(rename = "isActived")]
    pub is_actived: bool,
    /// About the mark's state.
    pub msg: String,
    /// Why the mark could not be activated.
    pub reasons: Vec<String>,
}
