//! `changeTcbEnv`: `POST /tcb/modifyenv`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/env-mgnt/changeTcbEnv.html>.
//! Note: batch CloudBase management calls it with component_access_token; the same path called with authorizer_access_token (permission sets 49, 64) is the ordinary-management twin, cloudbase-common/env-management/changeTcbEnv.html.
//! Unverified: the cloudbase-batch page itself is not in the stored copies; facts from its cloudbase-common twin, whose stored copy shows the error table only from 40001 and 40014 on; the rest is the family's table (-1000, 40097, 40101, 41001, 42001, 43002, 44002, 47001, 85088).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Converts an environment created in the Tencent Cloud console into a WeChat Mini Program environment.
#[wx_endpoint(
    name = "changeTcbEnv",
    path = "/tcb/modifyenv",
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
pub struct ChangeTcbEnv {
    /// The environment's id.
    pub env: String,
}
