//! `dbAggregate`: `POST /componenttcb/dbaggregate`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/db-mgnt/dbAggregate.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Runs an aggregation on a collection of an environment's database.
#[wx_endpoint(
    name = "dbAggregate",
    path = "/componenttcb/dbaggregate",
    credential = component,
    credential_param = access_token,
    response = DbAggregateResult,
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
pub struct DbAggregate {
    /// The environment's id.
    pub env: String,
    /// The aggregation statement, in the syntax of the database API (`db.collection(...).aggregate()...end()`).
    pub query: String,
}

/// The aggregation's records, as `dbAggregate` returns them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct DbAggregateResult {
    /// The records, each a JSON document in a string.
    pub data: Vec<String>,
}
