//! `getDatabaseRecord`: `POST /tcb/databasequery`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/db-management/getDatabaseRecord.html>.
//! Note: the reference corpus cites
//! <https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/common/databasequery.html>
//! (not stored); the current page above documents the same path.
//! Note: limit the query with limit() (10 records by default).
//! Unverified: the stored page is cut off inside its error table; the rows past the visible ones follow the
//! CloudBase table of its sibling pages and of its Mini Program twin page.

use super::DatabasePager;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Queries records with a database statement.
#[wx_endpoint(
    name = "getDatabaseRecord",
    path = "/tcb/databasequery",
    perm_sets = [49, 64],
    response = DatabaseRecords,
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
pub struct GetDatabaseRecord {
    /// The cloud environment's id.
    pub env: String,
    /// The database statement, e.g. `db.collection("geo").where({done:true}).limit(10).skip(1).get()`.
    pub query: String,
}

/// The records returned by `getDatabaseRecord`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DatabaseRecords {
    /// Paging information.
    pub pager: DatabasePager,
    /// The records, each a JSON document in a string.
    pub data: Vec<String>,
}
