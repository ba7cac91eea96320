//! `getMigrationState`: `POST /componenttcb/dbmigrationstate`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/db-mgnt/getMigrationState.html>.
//! Note: the older third-party page (Third-party_Platforms/2.0/api/cloudbase/batch/dbmigrationstate.html) names the error message `err_msg` in its table and `error_msg` in its sample; the current page says `error_msg`, and both are read.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the progress and result of a database import or export task.
#[wx_endpoint(
    name = "getMigrationState",
    path = "/componenttcb/dbmigrationstate",
    credential = component,
    credential_param = access_token,
    response = MigrationState,
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
pub struct GetMigrationState {
    /// The environment's id.
    pub env: String,
    /// The task's id, from `dbImport` or `dbExport`.
    pub job_id: u64,
}

/// A database import or export task's state, as `getMigrationState` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MigrationState {
    /// The task's status (`success` when done).
    pub status: String,
    /// How many records were migrated.
    pub record_success: u64,
    /// How many records failed.
    pub record_fail: u64,
    /// The task's error message, or its completion note.
    #[serde(alias = "err_msg")]
    pub error_msg: String,
    /// The exported file's download link (exports only).
    pub file_url: String,
}
