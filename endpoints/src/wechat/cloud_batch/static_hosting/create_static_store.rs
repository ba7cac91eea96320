//! `createStaticStore`: `POST /componenttcb/createstaticstore`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/staticstore-management/createStaticStore.html>.
//! Unverified: errors: the family's table (-1000, 40014, 40097, 40101, 41001, 42001, 43002, 44002, 47001, 85088); the stored copy of this page shows it only in part.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Enables static website hosting for an environment.
#[wx_endpoint(
    name = "createStaticStore",
    path = "/componenttcb/createstaticstore",
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
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CreateStaticStore {
    /// The environment's id.
    pub env: String,
}
