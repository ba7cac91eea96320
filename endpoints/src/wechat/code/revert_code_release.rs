//! `revertCodeRelease`: `GET /wxa/revertcoderelease`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/revertCodeRelease.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Rolls back to the previous (or a given) version, or lists the versions to roll back to.
#[wx_endpoint(
    name = "revertCodeRelease",
    path = "/wxa/revertcoderelease",
    method = GET,
    perm_sets = [18],
    response = VersionHistory,
    errors(
        use CommonError,
        40097 => InvalidArgs: "invalid arguments",
        87012 => RevertForbidden: "this release cannot be rolled back",
        87011 => GrayReleaseInProgress: "a gray release is running: the version cannot be rolled back",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct RevertCodeRelease {
    /// `get_history_version` lists the versions instead of rolling back.
    pub action: Option<String>,
    /// The version to roll back to (default: the previous one).
    pub app_version: Option<String>,
}

/// The versions returned by `revertCodeRelease`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct VersionHistory {
    /// Only for `action = get_history_version`.
    pub version_list: Vec<HistoryVersion>,
}

/// A version that can be rolled back to.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct HistoryVersion {
    /// The version's number, as `app_version` of a rollback takes it.
    pub app_version: i64,
    /// The code's version, as the developer named it.
    pub user_version: String,
    /// The code's description.
    pub user_desc: String,
    /// When the code was committed.
    pub commit_time: i64,
}
