//! `invokeCloudFunction`: `POST /tcb/invokecloudfunction`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/scf-mgnt/invokeCloudFunction.html>.
//! Note: batch CloudBase management calls it with component_access_token; the same path serves ordinary management (authorizer_access_token, permission sets 49, 64) and Mini Programs (access_token).
//! Unverified: the page lists `env`, `name` and `req_data` without saying where they go; typed here as JSON body fields. The older HTTP API page (miniprogram/dev/wxcloud/reference-http-api/functions/invokeCloudFunction.html) sends `env` and `name` as query parameters and the POST body itself as the function's input, which this declaration cannot express.
//! Unverified: errors from that older page's table (-1000, 40014, 40101, 41001, 42001, 43002, 44002, 85088); the stored copy of this page does not show its own.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Runs a cloud function with the given input and returns its output (the function sees no user identity; 5 s timeout).
#[wx_endpoint(
    name = "invokeCloudFunction",
    path = "/tcb/invokecloudfunction",
    credential = component,
    credential_param = access_token,
    response = CloudFunctionOutput,
    errors(
        use CommonError,
        -1000 => SystemError: "system error",
        40014 => InvalidAccessToken: "invalid access_token: check that it is the latest and unexpired",
        40101 => MissingParameter: "a required parameter is missing",
        41001 => AccessTokenMissing: "the access_token parameter is missing",
        42001 => AccessTokenExpired: "access_token expired",
        43002 => RequirePost: "the request must use POST",
        44002 => EmptyPostData: "the POST body is empty",
        85088 => CloudBaseNotEnabled: "CloudBase is not enabled for this app",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct InvokeCloudFunction {
    /// The environment's id.
    pub env: String,
    /// The cloud function's name.
    pub name: String,
    /// The function's input, structured as the developer defines (JSON in a string).
    pub req_data: String,
}

/// The cloud function's output, as `invokeCloudFunction` returns it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CloudFunctionOutput {
    /// What the function returned, as a string (JSON when the function returns an object).
    pub resp_data: String,
}
