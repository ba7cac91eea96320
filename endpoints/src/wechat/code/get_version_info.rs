//! `getVersionInfo`: `POST /wxa/getversioninfo`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/getVersionInfo.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the trial and the released version.
#[wx_endpoint(
    name = "getVersionInfo",
    path = "/wxa/getversioninfo",
    perm_sets = [18],
    response = VersionInfo,
    errors(
        use CommonError,
        44002 => EmptyPostData: "empty POST body; send `{}`",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetVersionInfo;

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct VersionInfo {
    pub exp_info: Option<TrialVersion>,
    pub release_info: Option<ReleasedVersion>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TrialVersion {
    pub exp_time: i64,
    pub exp_version: String,
    pub exp_desc: String,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ReleasedVersion {
    pub release_time: i64,
    pub release_version: String,
    pub release_desc: String,
}
