//! `getSettingCategories`: `GET /cgi-bin/wxopen/getcategory`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/category-management/getSettingCategories.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the categories set on the Mini Program with their review status, and the change quota.
#[wx_endpoint(
    name = "getSettingCategories",
    path = "/cgi-bin/wxopen/getcategory",
    method = GET,
    perm_sets = [30, 61],
    response = SettingCategories,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetSettingCategories;

/// The categories set on the Mini Program, returned by `getSettingCategories`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SettingCategories {
    /// The categories set.
    pub categories: Vec<SettingCategory>,
    /// How many categories may be added per change cycle.
    pub limit: i64,
    /// How many adds remain this cycle.
    pub quota: i64,
    /// The maximum number of categories that can be set.
    pub category_limit: i64,
}

/// One category set on the Mini Program.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SettingCategory {
    /// First-level category id.
    pub first: u64,
    /// First-level category name.
    pub first_name: String,
    /// Second-level category id.
    pub second: u64,
    /// Second-level category name.
    pub second_name: String,
    /// 1 under review, 2 rejected, 3 approved.
    pub audit_status: i64,
    /// Why the review failed.
    pub audit_reason: String,
}
