//! `shareCloudbaseEnv`: `POST /componenttcb/batchshareenv`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/env-mgnt/shareCloudbaseEnv.html>.
//! Note: before this call the Mini Program must grant the platform permission set 18 (development and data analysis).
//! Unverified: `source_type` (1: a cloud hosting environment) is listed after the `data` items; placed at the top level as on the twin page cloudrun-batch/cloudenv-mgnt/shareCloudbaseEnv.html, and optional since the corpus sample omits it.
//! Unverified: errors: the family's table (-1000, 40014, 40097, 40101, 41001, 42001, 43002, 44002, 47001, 85088); the stored copy of this page shows it only in part.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Shares environments with Mini Programs (binds them); each binding takes effect once the Mini Program's administrator confirms it.
#[wx_endpoint(
    name = "shareCloudbaseEnv",
    path = "/componenttcb/batchshareenv",
    credential = component,
    credential_param = access_token,
    response = EnvShared,
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
pub struct ShareCloudbaseEnv {
    /// The environments to share and the Mini Programs to share each with.
    pub data: Vec<EnvShare>,
    /// The environments' source: 1 for cloud hosting environments.
    pub source_type: Option<u32>,
}

/// An environment and the Mini Programs to share it with (`data`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EnvShare {
    /// The environment's id.
    pub env: String,
    /// The Mini Programs' AppIDs.
    pub appids: Vec<String>,
}

/// The outcome of `shareCloudbaseEnv`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct EnvShared {
    /// The shares that failed, with the reason.
    pub err_list: Vec<EnvShareFailure>,
    /// Links to send to each Mini Program's administrator, who confirms the binding there.
    pub msg_info_list: Vec<EnvShareConfirmation>,
}

/// A share that failed (`err_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct EnvShareFailure {
    /// The environment's id.
    pub env: String,
    /// The Mini Program's AppID.
    pub appid: String,
    /// Why it failed.
    pub errmsg: String,
}

/// A binding awaiting the Mini Program administrator's confirmation (`msg_info_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct EnvShareConfirmation {
    /// The Mini Program's AppID.
    pub appid: String,
    /// The confirmation page's URL.
    pub url: String,
}
