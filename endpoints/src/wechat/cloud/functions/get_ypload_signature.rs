//! `getYploadSignature`: `POST /tcb/getuploadsignature`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/scf-management/getYploadSignature.html>.
//! Note: hashed_payload is the lowercase hex SHA-256 of the upload-function body (CodeSecret, EnvId,
//! FunctionName, Handler, ZipFile).
//! Unverified: perm sets: this page says 49, 64; the newer page
//! openApi/cloudbase-common/scf-management/api_getyploadsignature.html says 49.
//! Unverified: the stored page is cut off inside its error table; the rows past the visible ones follow the
//! CloudBase table of its sibling pages and of its Mini Program twin page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Gets the signed headers for uploading a cloud function's code to Tencent Cloud.
#[wx_endpoint(
    name = "getYploadSignature",
    path = "/tcb/getuploadsignature",
    perm_sets = [49, 64],
    response = UploadSignature,
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
        47001 => DataFormatError: "the body could not be parsed or lacks parameters",
        85088 => NoCloudBasePrivilege: "CloudBase is not enabled for this account",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetYploadSignature {
    /// Lowercase hex SHA-256 of the upload request's body.
    pub hashed_payload: String,
}

/// The signed headers returned by `getYploadSignature`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UploadSignature {
    /// The headers, `Name:value` lines separated by CRLF, including the signature.
    pub headers: String,
}
