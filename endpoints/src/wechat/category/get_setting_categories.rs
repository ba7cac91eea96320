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

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SettingCategories {
    pub categories: Vec<SettingCategory>,
    /// How many categories may be added per change cycle.
    pub limit: i64,
    /// How many adds remain this cycle.
    pub quota: i64,
    pub category_limit: i64,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SettingCategory {
    pub first: u64,
    pub first_name: String,
    pub second: u64,
    pub second_name: String,
    /// 1 under review, 2 rejected, 3 approved.
    pub audit_status: i64,
    pub audit_reason: String,
}
