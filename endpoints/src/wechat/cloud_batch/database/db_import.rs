//! `dbImport`: `POST /componenttcb/dbimport`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/db-mgnt/dbImport.html>.
//! Unverified: errors: the family's table (-1000, 40014, 40097, 40101, 41001, 42001, 43002, 44002, 47001, 85088); the stored copy of this page shows it only in part.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

use super::MigrationFileType;

/// Starts importing a file of the environment's cloud storage into a collection.
#[wx_endpoint(
    name = "dbImport",
    path = "/componenttcb/dbimport",
    credential = component,
    credential_param = access_token,
    response = DbImportJob,
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
pub struct DbImport {
    /// The environment's id.
    pub env: String,
    /// The collection to import into.
    pub collection_name: String,
    /// The path of the file to import, uploaded beforehand to the same environment's cloud storage.
    pub file_path: String,
    /// The imported file's format.
    pub file_type: MigrationFileType,
    /// Whether to stop the import at the first error.
    pub stop_on_error: bool,
    /// What to do with a record whose `_id` already exists.
    pub conflict_mode: ConflictMode,
}

crate::wire_enum! {
    /// How `dbImport` treats a record whose `_id` already exists (`conflict_mode`).
    pub enum ConflictMode: code {
        /// 1: insert only.
        Insert = 1,
        /// 2: insert or update.
        Upsert = 2,
    }
}

/// The import task `dbImport` started.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DbImportJob {
    /// The import task's id; `getMigrationState` reports its progress and result.
    pub job_id: u64,
}
