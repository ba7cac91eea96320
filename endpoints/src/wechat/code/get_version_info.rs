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

/// The versions returned by `getVersionInfo`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct VersionInfo {
    /// The trial version, if any.
    pub exp_info: Option<TrialVersion>,
    /// The released version, if any.
    pub release_info: Option<ReleasedVersion>,
}

/// The trial version.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TrialVersion {
    /// When the trial version was submitted.
    pub exp_time: i64,
    /// The trial version's version.
    pub exp_version: String,
    /// The trial version's description.
    pub exp_desc: String,
}

/// The released version.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct ReleasedVersion {
    /// When the version was released.
    pub release_time: i64,
    /// The released version's version.
    pub release_version: String,
    /// The released version's description.
    pub release_desc: String,
}
