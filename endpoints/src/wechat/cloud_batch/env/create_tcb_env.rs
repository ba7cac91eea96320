//! `createTcbEnv`: `POST /componenttcb/createenv`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/env-mgnt/createTcbEnv.html>.
//! Unverified: errors: the family's table (-1000, 40014, 40097, 40101, 41001, 42001, 43002, 44002, 47001, 85088); the stored copy of this page shows it only in part.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Creates a CloudBase environment (call `getTcbEnvList` until its status is `NORMAL` before using it).
#[wx_endpoint(
    name = "createTcbEnv",
    path = "/componenttcb/createenv",
    credential = component,
    credential_param = access_token,
    response = TcbEnvCreated,
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
pub struct CreateTcbEnv {
    /// The environment's alias: starts with a-z and holds only a-z, A-Z, 0-9 and `-`.
    pub alias: String,
}

/// The environment `createTcbEnv` created.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TcbEnvCreated {
    /// The post-paid order's number.
    pub tranid: String,
    /// The new environment's id.
    pub env: String,
}
