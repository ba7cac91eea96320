//! `dbcollectionManage`: `POST /componenttcb/dbcollection`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/db-management/dbcollectionManage.html>.
//! Note: only the platform itself calls it, with component_access_token (no permission set); `get` pages with
//! limit (default 20) and offset (default 0).
//! Unverified: the page's table requires `action`, yet its own examples omit it.
//! Unverified: the stored page shows no error table; the CloudBase table of its sibling pages is used.

use super::CollectionInfo;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists, adds or deletes database collections of an environment.
#[wx_endpoint(
    name = "dbcollectionManage",
    path = "/componenttcb/dbcollection",
    credential = component,
    credential_param = access_token,
    response = DbCollections,
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
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct DbcollectionManage {
    /// `get` lists collections, `add` creates one, `del` deletes one.
    pub action: DbCollectionAction,
    /// The environment's id.
    pub env: String,
    /// Collections to return (`get` only; 20 when unset).
    pub limit: Option<u32>,
    /// Collections to skip (`get` only; 0 when unset).
    pub offset: Option<u32>,
    /// The collection to add or delete (required for `add` and `del`).
    pub collection_name: Option<String>,
}

crate::wire_enum! {
    /// `action` of `dbcollectionManage`.
    pub enum DbCollectionAction: text {
        /// List the collections.
        Get = "get",
        /// Add a collection.
        Add = "add",
        /// Delete a collection.
        Del = "del",
    }
}

/// The collections returned by `dbcollectionManage` (for `get`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DbCollections {
    /// The collections.
    pub collections: Vec<CollectionInfo>,
    /// Total number of collections.
    pub total: u64,
}
