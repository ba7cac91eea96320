//! `getRidInfo`: `POST /cgi-bin/openapi/rid/get`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/openApi/get_rid_info.html>.
//! Note: only the account whose call returned the rid can query it (an authorizer's token for a merchant's
//! calls), and only for 7 days (76001 after). Name from the newer page (doc/service/en/api/apimanage/api_getridinfo.html).
//! Unverified: 76002 and 76003 are the page's rows as remembered (the stored copies end before the table;
//! 76001 is named in the page's notes).

use serde::Deserialize;

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Reads the details of a failed call from the `rid` its error message carried.
#[wx_endpoint(
    name = "getRidInfo",
    path = "/cgi-bin/openapi/rid/get",
    idempotent,
    response = RidInfo,
    errors(
        use CommonError,
        76001 => RidNotFound: "rid not found, or older than 7 days",
        76002 => InvalidRid: "rid is invalid",
        76003 => RidNotOwned: "this rid cannot be queried: it belongs to another account",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetRidInfo {
    /// The rid a failed call returned.
    #[wx(non_empty)]
    pub rid: String,
}

/// The call details `getRidInfo` answers.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RidInfo {
    /// The request the rid belongs to.
    pub request: RidRequest,
}

/// The request behind a rid (`request`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct RidRequest {
    /// Unix time the request was made.
    pub invoke_time: i64,
    /// How long it took, in milliseconds.
    pub cost_in_ms: u64,
    /// The request's URL parameters.
    pub request_url: String,
    /// The POST body.
    pub request_body: String,
    /// The answer it got.
    pub response_body: String,
    /// The caller's IP.
    pub client_ip: String,
}
