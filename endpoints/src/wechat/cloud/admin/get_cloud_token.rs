//! `getCloudToken`: `POST /tcb/getqcloudtoken`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/admin-management/getCloudToken.html>.
//! Note: limited to 10 calls an hour; the credentials only work for the Tencent Cloud APIs the page lists.
//! Unverified: 45009 comes from the Mini Program twin page (the stored page is cut off inside its error
//! table); the other rows past 41001 likewise.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Gets temporary Tencent Cloud API credentials (secret id, secret key and session token) for the Mini Program.
#[wx_endpoint(
    name = "getCloudToken",
    path = "/tcb/getqcloudtoken",
    perm_sets = [49, 64],
    response = CloudToken,
    sensitive,
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
        45009 => QuotaExceeded: "call quota reached (10 calls an hour); retry later",
        47001 => DataFormatError: "the body could not be parsed or lacks parameters",
        85088 => NoCloudBasePrivilege: "CloudBase is not enabled for this account",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetCloudToken {
    /// Lifetime of the credentials in seconds, at most 7200.
    #[wx(range = 0..=7200)]
    pub lifespan: u32,
}

/// Temporary Tencent Cloud API credentials returned by `getCloudToken`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CloudToken {
    /// The temporary SecretId.
    pub secretid: String,
    /// The temporary SecretKey.
    pub secretkey: String,
    /// The session token to send with the credentials.
    pub token: String,
    /// Unix time the credentials expire.
    pub expired_time: i64,
}
