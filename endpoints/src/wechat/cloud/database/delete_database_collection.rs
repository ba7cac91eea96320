//! `deleteDatabaseCollection`: `POST /tcb/databasecollectiondelete`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/db-management/deleteDatabaseCollection.html>.
//! Unverified: the page is not stored; fields and errors come from its Mini Program twin page
//! (miniprogram/dev/server/API/cloudbase/database/api_deletedatabasecollection.html); sibling pages name
//! permission sets 49 and 64, which are not declared here.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes a database collection.
#[wx_endpoint(
    name = "deleteDatabaseCollection",
    path = "/tcb/databasecollectiondelete",
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
pub struct DeleteDatabaseCollection {
    /// The cloud environment's id.
    pub env: String,
    /// The collection's name.
    pub collection_name: String,
}
