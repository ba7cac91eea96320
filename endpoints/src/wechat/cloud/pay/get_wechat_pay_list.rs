//! `GetWechatPayList`: `POST /tcb/wxpaylist`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/wechatpay/getWechatPayList.html>.
//! Note: the Mini Program must grant the CloudBase or the CloudBase WeChat Pay permission set.
//! Unverified: the page types the three states as numbers; its own example and the reference sample print
//! strings (`RELATION_BINDED`, `AUTH_AUTHORIZED`, ...), read here as text.
//! Unverified: the stored page is cut off inside its error table; the rows past the visible ones follow the
//! CloudBase table of its sibling pages and of its Mini Program twin page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the WeChat Pay merchant ids bound to the Mini Program for CloudBase, with their authorization states.
#[wx_endpoint(
    name = "GetWechatPayList",
    path = "/tcb/wxpaylist",
    perm_sets = [49, 64, 102],
    response = WechatPayList,
    errors(
        use CommonError,
        -1000 => SystemError: "system error",
        40014 => InvalidAccessToken: "invalid access_token: check that it is current and belongs to this account",
        40097 => InvalidArgs: "invalid arguments",
        40101 => MissingParameter: "a required parameter is missing",
        41001 => AccessTokenMissing: "the access_token parameter is missing",
        42001 => AccessTokenExpired: "access_token expired",
        43002 => RequirePostMethod: "the call must be a POST",
        44002 => EmptyPostData: "the POST body is empty",
        47001 => DataFormatError: "the body could not be parsed or lacks parameters",
        85088 => NoCloudBasePrivilege: "CloudBase is not enabled for this account",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetWechatPayList;

/// The merchants returned by `GetWechatPayList`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct WechatPayList {
    /// The merchants.
    pub list: Vec<WechatPayMerchant>,
}

/// A bound merchant (`list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct WechatPayMerchant {
    /// The merchant id.
    pub merchant_code: String,
    /// The merchant's name.
    pub merchant_name: String,
    /// The merchant's subject (company) name.
    pub company_name: String,
    /// The binding's state, e.g. `RELATION_BINDED` or `RELATION_WAIT_CONFIRM_WXTPL`.
    pub mch_relation_state: String,
    /// The JSAPI payment authorization's state, e.g. `AUTH_AUTHORIZED`.
    pub jsapi_auth_state: String,
    /// The refund authorization's state, e.g. `AUTH_UNAUTHORIZED`.
    pub refund_auth_state: String,
}
