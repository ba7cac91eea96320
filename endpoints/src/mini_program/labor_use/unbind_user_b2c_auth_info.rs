//! `UnbindUserB2CAuthInfo`: `POST /wxa/business/unbinduserb2cauthinfo`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/laboruse/api_unbinduserb2cauthinfo.html>.
//! Note: the page says third-party platforms cannot call it: the Mini Program's own token.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Unbinds employment relationships bound in the B2C module, in bulk.
#[wx_endpoint(
    name = "UnbindUserB2CAuthInfo",
    path = "/wxa/business/unbinduserb2cauthinfo",
    credential = app,
    errors(
        use CommonError,
        40003 => InvalidOpenid: "invalid OpenID",
        40097 => InvalidArgs: "invalid arguments",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct UnbindUserB2cAuthInfo {
    /// The OpenIDs of the users to unbind.
    #[wx(non_empty)]
    pub openid_list: Vec<String>,
}
