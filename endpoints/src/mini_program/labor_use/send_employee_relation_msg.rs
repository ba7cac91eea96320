//! `SendEmployeeRelationMsg`: `POST /cgi-bin/message/wxopen/employeerelationmsg/send`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/laboruse/api_sendemployeerelationmsg.html>.
//! Note: the page says third-party platforms cannot call it: the Mini Program's own token.
//! Unverified: the error table was captured up to 43104, whose meaning was cut off (read as the
//! usual appid/openid mismatch); later rows, if any, were not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Sends an employment-relationship template message to a bound user through the Mini Program assistant.
#[wx_endpoint(
    name = "SendEmployeeRelationMsg",
    path = "/cgi-bin/message/wxopen/employeerelationmsg/send",
    credential = app,
    errors(
        use CommonError,
        40097 => InvalidArgs: "invalid arguments",
        40256 => InvalidEmployeeRelation: "the user has no bound employment relationship",
        40257 => DecodeTouserError: "the recipient's openid could not be decoded",
        43104 => AppidOpenidMismatch: "the appid does not match the openid",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SendEmployeeRelationMsg {
    /// The message template's id.
    #[wx(non_empty)]
    pub template_id: String,
    /// The page to open, e.g. `page/XXX`.
    #[wx(non_empty)]
    pub page: String,
    /// The recipient's OpenID.
    #[wx(non_empty)]
    pub touser: String,
    /// The message content as a JSON string, e.g. `{"data":{"character_string1":{"value":"aaa"}}}`.
    #[wx(non_empty)]
    pub data: String,
}
