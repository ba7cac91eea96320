//! `getDownloadTcbFileLink`: `POST /tcb/batchdownloadfile`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/file-management/getDownloadTcbFileLink.html>.
//! Note: the en page mistranslates `fileid` as `Files`; the samples say `fileid`.
//! Unverified: -501007, -501002 and -501000 come from the Mini Program twin page; the stored page is cut off
//! inside its error table; the rows past the visible ones follow the CloudBase table of its sibling pages and
//! of its Mini Program twin page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Gets temporary download links for files in the environment's cloud storage.
#[wx_endpoint(
    name = "getDownloadTcbFileLink",
    path = "/tcb/batchdownloadfile",
    perm_sets = [49, 64],
    response = DownloadLinks,
    errors(
        use CommonError,
        -501007 => InvalidCloudParameter: "invalid parameter; errmsg says which",
        -501002 => CloudResponseTimeout: "cloud resource error: the cloud side timed out",
        -501000 => CloudUnknownError: "unknown CloudBase error; file a ticket",
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
pub struct GetDownloadTcbFileLink {
    /// The environment's id.
    pub env: String,
    /// The files.
    pub file_list: Vec<DownloadFile>,
}

/// A file to link (`file_list` of the request).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DownloadFile {
    /// The file's id (`cloud://...`).
    pub fileid: String,
    /// How long the link stays valid, in seconds.
    pub max_age: u64,
}

/// The links returned by `getDownloadTcbFileLink`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DownloadLinks {
    /// One entry per file.
    pub file_list: Vec<DownloadLink>,
}

/// A file's download link (`file_list` of the response).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DownloadLink {
    /// The file's id.
    pub fileid: String,
    /// The download link.
    pub download_url: String,
    /// 0 when linked; otherwise an error code.
    pub status: i64,
    /// The error message for this file.
    pub errmsg: String,
}
