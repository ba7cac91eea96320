//! `addDatabaseItem`: `POST /tcb/databaseadd`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/db-management/addDatabaseItem.html>.
//! Unverified: the stored page is cut off inside its error table; the rows past the visible ones follow the
//! CloudBase table of its sibling pages and of its Mini Program twin page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Inserts records with a database statement (same syntax as the database API).
#[wx_endpoint(
    name = "addDatabaseItem",
    path = "/tcb/databaseadd",
    perm_sets = [49, 64],
    response = AddedItems,
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
pub struct AddDatabaseItem {
    /// The cloud environment's id.
    pub env: String,
    /// The database statement, e.g. `db.collection("geo").add({data: [...]})`.
    pub query: String,
}

/// The records inserted by `addDatabaseItem`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AddedItems {
    /// `_id` of each inserted record.
    pub id_list: Vec<String>,
}
