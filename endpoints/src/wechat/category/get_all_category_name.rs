//! `getAllCategoryName`: `GET /wxa/get_category`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/category-management/getAllCategoryName.html>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the categories usable in `submit_audit`'s `item_list`.
#[wx_endpoint(
    name = "getAllCategoryName",
    path = "/wxa/get_category",
    method = GET,
    perm_sets = [18],
    response = CategoryNames,
    errors(
        use CommonError,
        43001 => RequireGet: "this API requires GET",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetAllCategoryName;

/// The categories returned by `getAllCategoryName`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CategoryNames {
    /// The categories usable in `submit_audit`.
    pub category_list: Vec<CategoryName>,
}

/// One category path, by name and by id.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CategoryName {
    /// First-level category name.
    pub first_class: String,
    /// Second-level category name.
    pub second_class: String,
    /// Third-level category name.
    pub third_class: String,
    /// First-level category id.
    pub first_id: u64,
    /// Second-level category id.
    pub second_id: u64,
    /// Third-level category id.
    pub third_id: u64,
}
