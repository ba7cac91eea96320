//! `getCloudFunctionList`: `POST /componenttcb/getscflist`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/scf-mgnt/getCloudFunctionList.html>.
//! Unverified: errors: the family's table (-1000, 40014, 40097, 40101, 41001, 42001, 43002, 44002, 47001, 85088); the stored copy of this page shows it only in part.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the cloud functions of an environment.
#[wx_endpoint(
    name = "getCloudFunctionList",
    path = "/componenttcb/getscflist",
    credential = component,
    credential_param = access_token,
    response = CloudFunctionList,
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
pub struct GetCloudFunctionList {
    /// The environment's id.
    pub env: String,
    /// How many functions to skip; 0 when absent.
    pub offset: Option<u32>,
    /// How many functions to return; 20 when absent.
    pub limit: Option<u32>,
    /// Lists only functions whose name contains this text.
    pub searchkey: Option<String>,
}

/// The cloud functions, as `getCloudFunctionList` returns them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CloudFunctionList {
    /// How many functions the environment has.
    pub total_count: u64,
    /// The functions.
    pub functions: Vec<CloudFunctionInfo>,
}

/// A cloud function (`functions`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CloudFunctionInfo {
    /// When it was last changed (`yyyy-MM-dd HH:mm:ss`).
    pub mod_time: String,
    /// When it was created (`yyyy-MM-dd HH:mm:ss`).
    pub add_time: String,
    /// Its runtime (`Nodejs8.9`).
    pub runtime: String,
    /// Its name.
    pub name: String,
    /// Its status (`Active`, `CreateFailed`, ...).
    pub status: String,
    /// Why it is in that status (filled when creation failed).
    pub status_reason: Vec<CloudFunctionStatusReason>,
}

/// A reason for a cloud function's status (`status_reason`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CloudFunctionStatusReason {
    /// The error's code, a string such as `ResourceNotFound.File`.
    pub errcode: String,
    /// The error's message.
    pub errmsg: String,
}
