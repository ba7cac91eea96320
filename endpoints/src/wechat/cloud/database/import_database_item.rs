//! `importDatabaseItem`: `POST /tcb/databasemigrateimport`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/db-management/importDatabaseItem.html>.
//! Unverified: -501000 comes from the Mini Program twin page; the stored page is cut off inside its error
//! table; the rows past the visible ones follow the CloudBase table of its sibling pages and of its Mini
//! Program twin page.

use super::MigrateFileType;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Starts importing a file from the environment's storage into a collection.
#[wx_endpoint(
    name = "importDatabaseItem",
    path = "/tcb/databasemigrateimport",
    perm_sets = [49, 64],
    response = ImportJob,
    errors(
        use CommonError,
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
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ImportDatabaseItem {
    /// The cloud environment's id.
    pub env: String,
    /// The collection to import into.
    pub collection_name: String,
    /// The file's path in the same environment's storage (upload it with `getUploadTcbFileLink`).
    pub file_path: String,
    /// The file's format.
    pub file_type: MigrateFileType,
    /// Whether to stop at the first error.
    pub stop_on_error: bool,
    /// What to do with records that already exist.
    pub conflict_mode: ConflictMode,
}

crate::wire_enum! {
    /// `conflict_mode` of `importDatabaseItem`.
    pub enum ConflictMode: code {
        /// 1: insert.
        Insert = 1,
        /// 2: upsert.
        Upsert = 2,
    }
}

/// The import task started by `importDatabaseItem`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ImportJob {
    /// The task's id, for `getDatabaseMigrateStatus`.
    pub job_id: u64,
}
