//! `deleteTcbFile`: `POST /componenttcb/batchdeletefile`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/file-mgnt/deleteTcbFile.html>.
//! Unverified: the cloudbase-batch page itself is not in the stored copies; fields from the corpus samples and the twin page cloudbase-common/file-management/deleteTcbCloudFile.html (`/tcb/batchdeletefile`), whose error table is the family's.
//! Unverified: the component token travels as `access_token`, as on this call's sibling pages; this page's request line was not captured.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes files from an environment's cloud storage.
#[wx_endpoint(
    name = "deleteTcbFile",
    path = "/componenttcb/batchdeletefile",
    credential = component,
    credential_param = access_token,
    response = DeletedFiles,
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
pub struct DeleteTcbFile {
    /// The environment's id.
    pub env: String,
    /// The ids of the files to delete (`cloud://...`).
    pub fileid_list: Vec<String>,
}

/// The files `deleteTcbFile` handled.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DeletedFiles {
    /// One outcome per file.
    pub delete_list: Vec<FileDeletion>,
}

/// A file's deletion (`delete_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct FileDeletion {
    /// The file's id.
    pub fileid: String,
    /// 0 when deleted, else an error code.
    pub status: i64,
    /// The file's error message (`ok` when deleted).
    pub errmsg: String,
}
