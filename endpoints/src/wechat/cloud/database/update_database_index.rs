//! `updateDatabaseIndex`: `POST /tcb/updateindex`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/db-management/updateDatabaseIndex.html>.
//! Note: the reference corpus cites
//! <https://developers.weixin.qq.com/doc/oplatform/Third-party_Platforms/2.0/api/cloudbase/common/updateindexinfo.html>
//! (not stored); the current page above documents the same path.
//! Unverified: the nested structures (index name, unique, keys, direction values) come from the Mini Program
//! twin page; the stored page collapses them.
//! Unverified: the stored page is cut off inside its error table; the rows past the visible ones follow the
//! CloudBase table of its sibling pages and of its Mini Program twin page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Creates and drops indexes of a collection.
#[wx_endpoint(
    name = "updateDatabaseIndex",
    path = "/tcb/updateindex",
    perm_sets = [49, 64],
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
pub struct UpdateDatabaseIndex {
    /// The cloud environment's id.
    pub env: String,
    /// The collection's name.
    pub collection_name: String,
    /// Indexes to create.
    pub create_indexes: Vec<CreateIndex>,
    /// Indexes to drop.
    pub drop_indexes: Vec<DropIndex>,
}

/// An index to create (`create_indexes`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateIndex {
    /// The index's name.
    pub name: String,
    /// Whether the index is unique.
    pub unique: bool,
    /// The indexed fields.
    pub keys: Vec<IndexKey>,
}

/// A field of an index (`keys`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndexKey {
    /// The field's name.
    pub name: String,
    /// How the field is indexed.
    pub direction: IndexDirection,
}

crate::wire_enum! {
    /// `direction` of an index field.
    pub enum IndexDirection: text {
        /// Ascending.
        Ascending = "1",
        /// Descending.
        Descending = "-1",
        /// Geographic (2dsphere).
        Geo2dsphere = "2dsphere",
    }
}

/// An index to drop (`drop_indexes`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DropIndex {
    /// The index's name.
    pub name: String,
}
