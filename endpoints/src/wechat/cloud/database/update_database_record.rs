//! `updateDatabaseRecord`: `POST /tcb/databaseupdate`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/file-management/updateDatabaseRecord.html>.
//! Note: the reference corpus links this path to db-management/updateDatabaseIndex.html, which documents
//! /tcb/updateindex; the page above documents this path.
//! Unverified: the stored page is cut off inside its error table; the rows past the visible ones follow the
//! CloudBase table of its sibling pages and of its Mini Program twin page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Updates records with a database statement.
#[wx_endpoint(
    name = "updateDatabaseRecord",
    path = "/tcb/databaseupdate",
    perm_sets = [49, 64],
    response = UpdatedRecords,
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
pub struct UpdateDatabaseRecord {
    /// The cloud environment's id.
    pub env: String,
    /// The database statement, e.g. `db.collection("geo").where({age:14}).update({data:{age: _.inc(1)}})`.
    pub query: String,
}

/// The result of `updateDatabaseRecord`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UpdatedRecords {
    /// Records the condition matched.
    pub matched: u64,
    /// Records modified (records newly inserted by `set` are not counted).
    pub modified: u64,
    /// Id of the record `set` inserted; empty otherwise.
    pub id: String,
}
