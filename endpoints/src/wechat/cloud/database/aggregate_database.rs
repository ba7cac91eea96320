//! `aggregateDatabase`: `POST /tcb/databaseaggregate`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/file-management/aggregateDatabase.html>.
//! Unverified: -501000 comes from the Mini Program twin page; the stored page is cut off inside its error
//! table; the rows past the visible ones follow the CloudBase table of its sibling pages and of its Mini
//! Program twin page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Runs an aggregation statement on a collection.
#[wx_endpoint(
    name = "aggregateDatabase",
    path = "/tcb/databaseaggregate",
    perm_sets = [49, 64],
    response = AggregateResult,
    errors(
        use CommonError,
        -501000 => CloudUnknownError: "unknown CloudBase error; file a ticket",
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
pub struct AggregateDatabase {
    /// The cloud environment's id.
    pub env: String,
    /// The aggregation statement, e.g. `db.collection("c").aggregate().match({...}).limit(10).end()`.
    pub query: String,
}

/// The records returned by `aggregateDatabase`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AggregateResult {
    /// The records, each a JSON document in a string.
    pub data: Vec<String>,
}
