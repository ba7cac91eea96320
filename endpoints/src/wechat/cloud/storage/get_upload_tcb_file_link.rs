//! `getUploadTcbFileLink`: `POST /tcb/uploadfile`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/file-management/getUploadTcbFileLink.html>.
//! Note: upload with a multipart POST to `url`: `key` = the path, `Signature` = authorization,
//! `x-cos-security-token` = token, `x-cos-meta-fileid` = cos_file_id, `file` = the content.
//! Unverified: the stored page is cut off inside its error table; the rows past the visible ones follow the
//! CloudBase table of its sibling pages and of its Mini Program twin page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Gets a signed link to upload a file to the environment's cloud storage.
#[wx_endpoint(
    name = "getUploadTcbFileLink",
    path = "/tcb/uploadfile",
    perm_sets = [49, 64],
    response = UploadLink,
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
pub struct GetUploadTcbFileLink {
    /// The cloud environment's id.
    pub env: String,
    /// The file's path in storage.
    pub path: String,
}

/// The upload link returned by `getUploadTcbFileLink`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UploadLink {
    /// Where to POST the file.
    pub url: String,
    /// The security token (`x-cos-security-token`).
    pub token: String,
    /// The signature (`Signature`).
    pub authorization: String,
    /// The file's id (`cloud://...`).
    pub file_id: String,
    /// The COS file id (`x-cos-meta-fileid`).
    pub cos_file_id: String,
}
