//! `dbindexManage`: `POST /componenttcb/dbindex`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/db-mgnt/dbindexManage.html>.
//! Note: the page requires `action` (`create` or `delete`); the corpus's request sample omits it.
//! Unverified: errors: the family's table (-1000, 40014, 40097, 40101, 41001, 42001, 43002, 44002, 47001, 85088); the stored copy of this page shows it only in part.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Creates or deletes indexes of a collection.
#[wx_endpoint(
    name = "dbindexManage",
    path = "/componenttcb/dbindex",
    credential = component,
    credential_param = access_token,
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
pub struct DbindexManage {
    /// Whether the indexes are created or deleted.
    pub action: DbIndexAction,
    /// The environment's id.
    pub env: String,
    /// The collection's name.
    pub collection_name: String,
    /// The indexes to create (name and keys) or to delete (name only).
    pub indexes: Vec<DbIndex>,
}

crate::wire_enum! {
    /// What `dbindexManage` does with the indexes (`action`).
    pub enum DbIndexAction: text {
        /// Create the indexes.
        Create = "create",
        /// Delete the indexes.
        Delete = "delete",
    }
}

/// An index to create or delete.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DbIndex {
    /// The index's name.
    pub name: String,
    /// The indexed fields; required to create, absent to delete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keys: Option<Vec<DbIndexKey>>,
}

/// A field of an index.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DbIndexKey {
    /// The field's name.
    pub name: String,
    /// The field's order.
    pub direction: DbIndexDirection,
}

crate::wire_enum! {
    /// The order of an index field (`direction`).
    pub enum DbIndexDirection: text {
        /// "1": ascending.
        Ascending = "1",
        /// "-1": descending.
        Descending = "-1",
        /// "2dsphere": a geographic index.
        Geo2dsphere = "2dsphere",
    }
}
