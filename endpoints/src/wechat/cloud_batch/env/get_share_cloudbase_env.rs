//! `getShareCloudbaseEnv`: `POST /componenttcb/batchgetenvid`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/env-mgnt/getShareCloudbaseEnv.html>.
//! Unverified: the cloudbase-batch page itself is not in the stored copies; fields from the corpus samples and the twin page cloudrun-batch/cloudenv-mgnt/getShareCloudbaseEnv.html (same path), which adds `source_type` (1: a cloud hosting environment), typed optional here.
//! Unverified: errors: the family's table (-1000, 40014, 40097, 40101, 41001, 42001, 43002, 44002, 47001, 85088); the stored copy of this page shows it only in part.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads which environments are shared with each of the given Mini Programs.
#[wx_endpoint(
    name = "getShareCloudbaseEnv",
    path = "/componenttcb/batchgetenvid",
    credential = component,
    credential_param = access_token,
    response = SharedEnvs,
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
pub struct GetShareCloudbaseEnv {
    /// The Mini Programs' AppIDs.
    pub appids: Vec<String>,
    /// The environments' source: 1 for cloud hosting environments.
    pub source_type: Option<u32>,
}

/// The shared environments, as `getShareCloudbaseEnv` returns them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SharedEnvs {
    /// The environments shared with each Mini Program.
    pub relation_data: Vec<SharedEnvRelation>,
    /// The Mini Programs that could not be read, with the reason.
    pub err_list: Vec<SharedEnvQueryFailure>,
}

/// The environments shared with one Mini Program (`relation_data`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SharedEnvRelation {
    /// The Mini Program's AppID.
    pub appid: String,
    /// The ids of the environments it shares.
    pub env_list: Vec<String>,
}

/// A Mini Program `getShareCloudbaseEnv` could not read (`err_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SharedEnvQueryFailure {
    /// The Mini Program's AppID.
    pub appid: String,
    /// Why it failed.
    pub errmsg: String,
}
