//! `grayRelease`: `POST /wxa/grayrelease`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/code-management/grayRelease.html>.
//! Unverified: error table from 2019 mirror.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Releases gradually to a percentage of users.
#[wx_endpoint(
    name = "grayRelease",
    path = "/wxa/grayrelease",
    perm_sets = [18],
    errors(
        use CommonError,
        86002 => InitIncomplete: "the Mini Program has not completed its initialization",
        85079 => NoOnlineVersion: "no online version: gray release is impossible",
        85080 => AuditNotApproved: "the submitted audit was not approved",
        85081 => InvalidGrayPercentage: "invalid release percentage",
        85082 => GrayPercentageTooLow: "the release percentage must be higher than before",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GrayRelease {
    /// 1-100; 0 only when one of the `*_first` flags is set.
    #[wx(range = 0..=100)]
    pub gray_percentage: u32,
    /// Project members first (WeChat's spelling).
    pub support_debuger_first: Option<bool>,
    /// Testers first.
    pub support_experiencer_first: Option<bool>,
}
