//! `dbrecordManage`: `POST /componenttcb/dbrecord`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/db-mgnt/dbrecordManage.html>.
//! Note: the page requires `action` (`insert`, `delete`, `update` or `query`); the corpus's request sample omits it.
//! Unverified: errors: the family's table (-1000, 40014, 40097, 40101, 41001, 42001, 43002, 44002, 47001, 85088); the stored copy of this page shows it only in part.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Inserts, deletes, updates or queries records of an environment's database.
#[wx_endpoint(
    name = "dbrecordManage",
    path = "/componenttcb/dbrecord",
    credential = component,
    credential_param = access_token,
    response = DbRecordResult,
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
pub struct DbrecordManage {
    /// What the statement does.
    pub action: DbRecordAction,
    /// The environment's id.
    pub env: String,
    /// The database statement, in the syntax of the database API.
    pub query: String,
}

crate::wire_enum! {
    /// What `dbrecordManage` does (`action`).
    pub enum DbRecordAction: text {
        /// Insert records.
        Insert = "insert",
        /// Delete records.
        Delete = "delete",
        /// Update records.
        Update = "update",
        /// Query records.
        Query = "query",
    }
}

/// The statement's outcome, as `dbrecordManage` returns it; which fields come depends on `action`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DbRecordResult {
    /// `_id`s of the inserted records (insert).
    pub id_list: Option<Vec<String>>,
    /// How many records were deleted (delete).
    pub deleted: Option<u64>,
    /// How many records matched the condition (update).
    pub matched: Option<u64>,
    /// How many records were modified (update); records a `set` inserted are not counted.
    pub modified: Option<u64>,
    /// The `_id` of a record a `set` inserted, else empty (update).
    pub id: Option<String>,
    /// Paging of the result (query).
    pub pager: Option<DbRecordPager>,
    /// The records, each a JSON document in a string (query).
    pub data: Option<Vec<String>>,
}

/// Paging of a query's result (`pager`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DbRecordPager {
    /// The offset.
    pub offset: u64,
    /// The most records one query returns.
    pub limit: u64,
    /// How many records match the condition.
    pub total: u64,
}
