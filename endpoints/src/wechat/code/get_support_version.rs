//! `getSupportVersion`: `POST /cgi-bin/wxopen/getweappsupportversion`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/getSupportVersion.html>.
//! Unverified: SKIT models it as GET; doc says POST.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the minimum base-library version and the usage of each version.
#[wx_endpoint(
    name = "getSupportVersion",
    path = "/cgi-bin/wxopen/getweappsupportversion",
    perm_sets = [18],
    response = SupportVersion,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetSupportVersion;

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SupportVersion {
    pub now_version: String,
    pub uv_info: VersionUsage,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct VersionUsage {
    pub items: Vec<VersionShare>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct VersionShare {
    pub version: String,
    pub percentage: f64,
}
