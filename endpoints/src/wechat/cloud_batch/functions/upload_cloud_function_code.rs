//! `uploadCloudFunctionCode`: `POST /componenttcb/batchuploadscfcode`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/scf-mgnt/uploadCloudFunctionCode.html>.
//! Note: the page names the failure's message `errormsg` (not `errmsg`); `errmsg` is read too.
//! Note: zip the code files themselves, not a folder holding them; dependencies are installed in the cloud.
//! Unverified: errors: the family's table (-1000, 40014, 40097, 40101, 41001, 42001, 43002, 44002, 47001, 85088); the stored copy of this page shows it only in part.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Replaces a cloud function's code, from a zipped code package, in several environments at once.
#[wx_endpoint(
    name = "uploadCloudFunctionCode",
    path = "/componenttcb/batchuploadscfcode",
    credential = component,
    credential_param = access_token,
    response = CloudFunctionCodeUploaded,
    errors(
        use CommonError,
        -1000 => SystemError: "system error",
        40014 => InvalidAccessToken: "invalid access_token: check that it is the latest and unexpired",
        40097 => InvalidArgs: "invalid arguments",
        40101 => MissingParameter: "a required parameter is missing",
        41001 => AccessTokenMissing: "the access_token parameter is missing",
        42001 => AccessTokenExpired: "access_token expired",
        43002 => RequirePost: "the request must use POST",
        44002 => EmptyPostData: "the POST body is empty",
        47001 => DataFormatError: "the POST body is not valid JSON or lacks parameters",
        85088 => CloudBaseNotEnabled: "CloudBase is not enabled for this app",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct UploadCloudFunctionCode {
    /// The cloud function's name.
    pub functionname: String,
    /// The environments' ids.
    pub envs: Vec<String>,
    /// The zip of the function's code, base64-encoded; at most 20 MB.
    pub zipfile: String,
}

/// The outcome of `uploadCloudFunctionCode`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CloudFunctionCodeUploaded {
    /// The environments where the update failed, with the reason.
    pub fail_list: Vec<CloudFunctionCodeFailure>,
}

/// An environment where `uploadCloudFunctionCode` failed (`fail_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CloudFunctionCodeFailure {
    /// The environment's id.
    pub env: String,
    /// Why it failed.
    #[serde(alias = "errmsg")]
    pub errormsg: String,
}
