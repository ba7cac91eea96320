//! `getDownloadFileLink`: `POST /componenttcb/batchdownloadfile`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/file-mgnt/getDownloadFileLink.html>.
//! Unverified: errors: the family's table (-1000, 40014, 40097, 40101, 41001, 42001, 43002, 44002, 47001, 85088); the stored copy of this page shows it only in part.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Gets download links for files of an environment's cloud storage.
#[wx_endpoint(
    name = "getDownloadFileLink",
    path = "/componenttcb/batchdownloadfile",
    credential = component,
    credential_param = access_token,
    response = DownloadLinks,
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
pub struct GetDownloadFileLink {
    /// The environment's id.
    pub env: String,
    /// The files to link.
    pub file_list: Vec<DownloadFileRequest>,
}

/// A file to link (`file_list`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DownloadFileRequest {
    /// The file's id (`cloud://...`).
    pub fileid: String,
    /// How long the link stays valid, in seconds.
    pub max_age: u64,
}

/// The links `getDownloadFileLink` made.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DownloadLinks {
    /// One link per file.
    pub file_list: Vec<DownloadLink>,
}

/// A file's download link (`file_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DownloadLink {
    /// The file's id.
    pub fileid: String,
    /// The download URL.
    pub download_url: String,
    /// 0 on success, else an error code.
    pub status: i64,
    /// The file's error message (`ok` on success).
    pub errmsg: String,
}
