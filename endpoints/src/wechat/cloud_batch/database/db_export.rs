//! `dbExport`: `POST /componenttcb/dbexport`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/db-mgnt/dbExport.html>.
//! Unverified: errors: the family's table (-1000, 40014, 40097, 40101, 41001, 42001, 43002, 44002, 47001, 85088); the stored copy of this page shows it only in part.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

use super::MigrationFileType;

/// Starts exporting the records a query selects to a file in the environment's cloud storage.
#[wx_endpoint(
    name = "dbExport",
    path = "/componenttcb/dbexport",
    credential = component,
    credential_param = access_token,
    response = DbExportJob,
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
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct DbExport {
    /// The environment's id.
    pub env: String,
    /// The path of the exported file in the environment's cloud storage (its download link comes from `getDownloadFileLink`).
    pub file_path: String,
    /// The exported file's format.
    pub file_type: MigrationFileType,
    /// The export condition, in the syntax of the database API.
    pub query: String,
}

/// The export task `dbExport` started.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DbExportJob {
    /// The export task's id; `getMigrationState` reports its result and the file's download link.
    pub job_id: u64,
}
