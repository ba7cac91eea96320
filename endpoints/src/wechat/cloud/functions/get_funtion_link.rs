//! `getFuntionLink`: `POST /tcb/downloadfunction`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/scf-management/getFuntionLink.html>.
//! Note: only code this platform uploaded can be downloaded; when another platform uploaded protected code,
//! upload yours first.
//! Unverified: the stored page is cut off inside its error table; the rows past the visible ones follow the
//! CloudBase table of its sibling pages and of its Mini Program twin page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Gets the download address of a cloud function's code.
#[wx_endpoint(
    name = "getFuntionLink",
    path = "/tcb/downloadfunction",
    perm_sets = [49, 64],
    response = FunctionDownloadLink,
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
pub struct GetFuntionLink {
    /// The environment's id.
    pub env: String,
    /// The cloud function's name.
    pub function_name: String,
}

/// The download address returned by `getFuntionLink`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct FunctionDownloadLink {
    /// Where to download the code package.
    pub url: String,
    /// SHA-256 of the code package.
    pub checksum: String,
}
