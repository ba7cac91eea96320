//! `getUserPortrait`: `POST /datacube/getweanalysisappiduserportrait`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/data-analysis/analysis.getUserPortrait.html>.
//! Note: permission sets 18 and 21 are from the OpenApiDoc version of the page; the newer server/API page names 18
//! only. The page lists no own error codes.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the portrait (region, gender, platform, device, age) of the Mini Program's new and active users.
#[wx_endpoint(
    name = "getUserPortrait",
    path = "/datacube/getweanalysisappiduserportrait",
    perm_sets = [18, 21],
    response = UserPortraits,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetUserPortrait {
    /// The first day, `yyyymmdd`.
    pub begin_date: String,
    /// The last day, `yyyymmdd`: 0, 6 or 29 days after `begin_date` (the last 1, 7 or 30 days), at most yesterday.
    pub end_date: String,
}

/// The portraits returned by `getUserPortrait`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UserPortraits {
    /// The period, e.g. `20170611-20170617`.
    pub ref_date: String,
    /// The portrait of new users.
    pub visit_uv_new: UserPortrait,
    /// The portrait of active users.
    pub visit_uv: UserPortrait,
}

/// A portrait: visitors per attribute value (`visit_uv_new`, `visit_uv`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UserPortrait {
    /// Per province.
    pub province: Vec<PortraitEntry>,
    /// Per city.
    pub city: Vec<PortraitEntry>,
    /// Per gender (male, female, unknown).
    pub genders: Vec<PortraitEntry>,
    /// Per platform (iPhone, Android, others).
    pub platforms: Vec<PortraitEntry>,
    /// Per device model.
    pub devices: Vec<PortraitEntry>,
    /// Per age range (under 17, 18-24, ...).
    pub ages: Vec<PortraitEntry>,
}

/// Visitors with one attribute value.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PortraitEntry {
    /// The attribute value's id (absent for devices).
    pub id: i64,
    /// The attribute value's name.
    pub name: String,
    /// Visitors with this value.
    pub value: i64,
}
