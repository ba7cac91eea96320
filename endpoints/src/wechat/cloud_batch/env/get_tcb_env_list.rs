//! `getTcbEnvList`: `POST /componenttcb/describeenvs`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-batch/env-mgnt/getTcbEnvList.html>.
//! Unverified: errors: the family's table (-1000, 40014, 40097, 40101, 41001, 42001, 43002, 44002, 47001, 85088); the stored copy of this page shows it only in part.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the platform's CloudBase environments.
#[wx_endpoint(
    name = "getTcbEnvList",
    path = "/componenttcb/describeenvs",
    credential = component,
    credential_param = access_token,
    response = TcbEnvList,
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
pub struct GetTcbEnvList;

/// The environments, as `getTcbEnvList` returns them.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TcbEnvList {
    /// The environments.
    pub info_list: Vec<TcbEnvInfo>,
}

/// An environment (`info_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TcbEnvInfo {
    /// The environment's id.
    pub env: String,
    /// The environment's alias.
    pub alias: String,
    /// When it was created (`yyyy-MM-dd HH:mm:ss`).
    pub create_time: String,
    /// When it was last changed (`yyyy-MM-dd HH:mm:ss`).
    pub update_time: String,
    /// The environment's status (`NORMAL` once usable).
    pub status: String,
    /// The CloudBase package's id.
    pub package_id: String,
    /// The package's Chinese name.
    pub package_name: String,
    /// The database instance's id.
    pub dbinstance_id: String,
    /// The storage bucket's id.
    pub bucket_id: String,
}
