//! `getDatabaseMigrateStatus`: `POST /tcb/databasemigratequeryinfo`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/file-management/getDatabaseMigrateStatus.html>.
//! Note: the reference corpus links this path to db-management/getDatabaseRecord.html, which documents
//! /tcb/databasequery; the page above documents this path.
//! Unverified: the stored page is cut off inside its error table; the rows past the visible ones follow the
//! CloudBase table of its sibling pages and of its Mini Program twin page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the progress and result of a database import or export task.
#[wx_endpoint(
    name = "getDatabaseMigrateStatus",
    path = "/tcb/databasemigratequeryinfo",
    perm_sets = [49, 64],
    response = MigrateStatus,
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
pub struct GetDatabaseMigrateStatus {
    /// The cloud environment's id.
    pub env: String,
    /// The task's id, from `exportDatabaseItem` or `importDatabaseItem`.
    pub job_id: u64,
}

/// A migration task's state, as `getDatabaseMigrateStatus` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MigrateStatus {
    /// The task's status (`success` when done).
    pub status: String,
    /// Records migrated.
    pub record_success: u64,
    /// Records that failed.
    pub record_fail: u64,
    /// The task's message (its error when it failed).
    pub error_msg: String,
    /// Download address of the exported file.
    pub file_url: String,
}
