//! `getUploadFileLink`: `POST /componenttcb/uploadfile`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/file-mgnt/getUploadFileLink.html>.
//! Note: the upload is a multipart/form-data POST to `url` with `key` (the path), `Signature` (`authorization`), `x-cos-security-token` (`token`), `x-cos-meta-fileid` (`cos_file_id`) and `file`.
//! Note: the page's return table omits `cos_file_id`; its upload instructions and the sample carry it.
//! Unverified: errors: the family's table (-1000, 40014, 40097, 40101, 41001, 42001, 43002, 44002, 47001, 85088); the stored copy of this page shows it only in part.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Gets a link and credentials to upload a file to an environment's cloud storage (a multipart POST to `url`).
#[wx_endpoint(
    name = "getUploadFileLink",
    path = "/componenttcb/uploadfile",
    credential = component,
    credential_param = access_token,
    response = UploadFileLink,
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
pub struct GetUploadFileLink {
    /// The environment's id.
    pub env: String,
    /// The file's path in the storage.
    pub path: String,
}

/// The upload link and credentials `getUploadFileLink` returns.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UploadFileLink {
    /// The URL to POST the upload to.
    pub url: String,
    /// The `x-cos-security-token` form field.
    pub token: String,
    /// The `Signature` form field.
    pub authorization: String,
    /// The uploaded file's id (`cloud://...`).
    pub file_id: String,
    /// The `x-cos-meta-fileid` form field.
    pub cos_file_id: String,
}
