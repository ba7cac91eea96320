//! `uploadAppConfig`: `POST /tcb/uploadappconfig`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/common/uploadAppConfig.html>.
//! Unverified: the page is not stored; the fields come from the reference sample (type 1 is the message push
//! configuration); permission sets and errors are not confirmed (the CloudBase table of the sibling pages is
//! used).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Uploads one kind of the Mini Program's CloudBase configuration (type 1: message push).
#[wx_endpoint(
    name = "uploadAppConfig",
    path = "/tcb/uploadappconfig",
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
pub struct UploadAppConfig {
    /// Which configuration to upload (1: message push).
    #[serde(rename = "type")]
    pub config_type: u32,
    /// The configuration as a JSON string (for type 1: `enable` and `callbacks`).
    pub config: String,
}
