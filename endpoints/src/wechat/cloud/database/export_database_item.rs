//! `exportDatabaseItem`: `POST /tcb/databasemigrateexport`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/db-management/exportDatabaseItem.html>.
//! Unverified: the stored page is cut off inside its error table; the rows past the visible ones follow the
//! CloudBase table of its sibling pages and of its Mini Program twin page.

use super::MigrateFileType;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Starts exporting the records a query selects to a file in the environment's public storage.
#[wx_endpoint(
    name = "exportDatabaseItem",
    path = "/tcb/databasemigrateexport",
    perm_sets = [49, 64],
    response = ExportJob,
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
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ExportDatabaseItem {
    /// The cloud environment's id.
    pub env: String,
    /// Where to write the file (download it with `getDownloadTcbFileLink`).
    pub file_path: String,
    /// The file's format.
    pub file_type: MigrateFileType,
    /// The export condition, a database statement.
    pub query: String,
}

/// The export task started by `exportDatabaseItem`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ExportJob {
    /// The task's id, for `getDatabaseMigrateStatus`.
    pub job_id: u64,
}
