//! `deleteTcbCloudFile`: `POST /tcb/batchdeletefile`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/file-management/deleteTcbCloudFile.html>.
//! Note: the en page mistranslates `fileid` as `Files`; the zh page and samples say `fileid`.
//! Unverified: -501002 is listed without a meaning; the Mini Program twin page reads it as a cloud-side
//! timeout; the stored page is cut off inside its error table; the rows past the visible ones follow the
//! CloudBase table of its sibling pages and of its Mini Program twin page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes files from the environment's cloud storage.
#[wx_endpoint(
    name = "deleteTcbCloudFile",
    path = "/tcb/batchdeletefile",
    perm_sets = [49, 64],
    response = DeletedFiles,
    errors(
        use CommonError,
        -501002 => CloudResponseTimeout: "cloud resource error: the cloud side timed out",
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
pub struct DeleteTcbCloudFile {
    /// The cloud environment's id.
    pub env: String,
    /// Ids of the files to delete (`cloud://...`).
    pub fileid_list: Vec<String>,
}

/// The result of `deleteTcbCloudFile`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DeletedFiles {
    /// One entry per file.
    pub delete_list: Vec<DeletedFile>,
}

/// The result for one file (`delete_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DeletedFile {
    /// The file's id.
    pub fileid: String,
    /// 0 when deleted; otherwise an error code.
    pub status: i64,
    /// The error message for this file.
    pub errmsg: String,
}
