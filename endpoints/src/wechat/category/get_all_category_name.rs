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

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CategoryNames {
    pub category_list: Vec<CategoryName>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CategoryName {
    pub first_class: String,
    pub second_class: String,
    pub third_class: String,
    pub first_id: u64,
    pub second_id: u64,
    pub third_id: u64,
}
