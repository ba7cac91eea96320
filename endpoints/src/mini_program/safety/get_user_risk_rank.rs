//! `getUserRiskRank`: `POST /wxa/getuserriskrank`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/safety-control-capability/riskControl.getUserRiskRank.html>.
//! Note: the interface name and perm set 80 are the OpenApiDoc page's (wxaapi_getuserriskrank); the
//! newer mini game page says third-party platforms cannot call it.
//! Note: `bank_card_no` and `cert_no` are in the page's sample but not in its table; typed from the
//! sample. The answer's request id is spelled `unoin_id` on the page.
//! Unverified: the page's error table was not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Rates a user's risk level (0 to 4) from the submitted user data, without the user's authorization.
#[wx_endpoint(
    name = "getUserRiskRank",
    path = "/wxa/getuserriskrank",
    perm_sets = [80],
    response = UserRiskRank,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetUserRiskRank {
    /// The Mini Program's AppID.
    #[wx(non_empty)]
    pub appid: String,
    /// The user's OpenID.
    #[wx(non_empty)]
    pub openid: String,
    /// The scene: 0 registration, 1 marketing fraud (the newer page adds 2, UGC).
    pub scene: u8,
    /// The user's phone number.
    pub mobile_no: Option<String>,
    /// The user's bank card number (in the page's sample only).
    pub bank_card_no: Option<String>,
    /// The user's ID number (in the page's sample only).
    pub cert_no: Option<String>,
    /// The user's source IP.
    #[wx(non_empty)]
    pub client_ip: String,
    /// The user's email address.
    pub email_address: Option<String>,
    /// Extra information.
    pub extended_info: Option<String>,
    /// True for a test call (default false).
    pub is_test: Option<bool>,
}

/// The rating, as `getUserRiskRank` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UserRiskRank {
    /// The user's risk level, 0 to 4: the higher, the riskier.
    pub risk_rank: u8,
    /// The request's unique id (spelled `unoin_id` on the wire).
    pub unoin_id: i64,
}
