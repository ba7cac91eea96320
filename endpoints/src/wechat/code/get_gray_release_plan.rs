//! `getGrayReleasePlan`: `GET /wxa/getgrayreleaseplan`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/getGrayReleasePlan.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the gradual release plan.
#[wx_endpoint(
    name = "getGrayReleasePlan",
    path = "/wxa/getgrayreleaseplan",
    method = GET,
    perm_sets = [18],
    response = GrayReleasePlanInfo,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetGrayReleasePlan;

/// The plan returned by `getGrayReleasePlan`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct GrayReleasePlanInfo {
    /// The gradual release plan.
    pub gray_release_plan: GrayReleasePlan,
}

/// A gradual release plan.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct GrayReleasePlan {
    /// 0 initial, 1 running, 2 paused, 3 finished, 4 deleted.
    pub status: i64,
    /// When the plan was created.
    pub create_timestamp: i64,
    /// The percentage of users who get the release.
    pub gray_percentage: i64,
    /// Project members get the release first (WeChat's spelling).
    pub support_debuger_first: bool,
    /// Testers get the release first.
    pub support_experiencer_first: bool,
    /// The plan's default finish time.
    pub default_finish_timestamp: i64,
}
