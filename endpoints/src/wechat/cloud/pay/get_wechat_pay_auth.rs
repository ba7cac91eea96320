//! `GetWechatPayAuth`: `POST /tcb/wxpayopenauth`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/wechatpay/getWechatPayAuth.html>.
//! Note: the merchant's super administrator confirms the binding in the WeChat Pay merchant assistant Mini
//! Program, and the JSAPI and refund permissions on the merchant platform.
//! Unverified: the stored page is cut off before its request table; the fields and the `bind` action come
//! from the reference sample; the stored page is cut off inside its error table; the rows past the visible
//! ones follow the CloudBase table of its sibling pages and of its Mini Program twin page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Asks a WeChat Pay merchant to bind to the Mini Program for CloudBase payments.
#[wx_endpoint(
    name = "GetWechatPayAuth",
    path = "/tcb/wxpayopenauth",
    perm_sets = [49, 64, 102],
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
pub struct GetWechatPayAuth {
    /// The operation, e.g. `bind`.
    pub action: String,
    /// The merchant id.
    pub merchant_code: String,
}
