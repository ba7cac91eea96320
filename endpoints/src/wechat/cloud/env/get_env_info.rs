//! `getEnvInfo`: `POST /tcb/getenvinfo`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/cloudbase-common/env-management/getEnvInfo.html>.
//! Unverified: perm sets: this page says 49, 64; the newer page
//! openApi/cloudbase-common/env-management/api_getenvinfo.html says 49.
//! Unverified: the stored page is cut off inside its error table; the rows past the visible ones follow the
//! CloudBase table of its sibling pages and of its Mini Program twin page.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the Mini Program's cloud environments, or one of them.
#[wx_endpoint(
    name = "getEnvInfo",
    path = "/tcb/getenvinfo",
    perm_sets = [49, 64],
    response = EnvInfoList,
    errors(
        use CommonError,
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
pub struct GetEnvInfo {
    /// Only this environment when set.
    pub env: Option<String>,
}

/// The environments returned by `getEnvInfo`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct EnvInfoList {
    /// The environments.
    pub info_list: Vec<EnvInfo>,
}

/// A cloud environment (`info_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct EnvInfo {
    /// The environment's id.
    pub env: String,
    /// The environment's alias.
    pub alias: String,
    /// When it was opened (`YYYY-MM-DD hh:mm:ss`).
    pub create_time: String,
    /// When it was last changed.
    pub update_time: String,
    /// The environment's state (`NORMAL` when usable).
    pub status: String,
    /// The product package's id.
    pub package_id: String,
    /// The product package's Chinese name.
    pub package_name: String,
}
