//! `getAllCategories`: `GET /cgi-bin/wxopen/getallcategories`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/category-management/getAllCategories.html>.
//! Unverified: 2019 doc example used key 'category_list'; new doc and SKIT use 'categories_list'.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads every category the Mini Program could set, with the qualifications each needs.
#[wx_endpoint(
    name = "getAllCategories",
    path = "/cgi-bin/wxopen/getallcategories",
    method = GET,
    perm_sets = [30, 61],
    response = AllCategories,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetAllCategories;

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AllCategories {
    /// The 2019 documents spell it `category_list`: both are accepted.
    #[serde(alias = "category_list")]
    pub categories_list: CategoryTree,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CategoryTree {
    pub categories: Vec<CategoryNode>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CategoryNode {
    pub id: u64,
    pub name: String,
    pub level: i64,
    pub father: u64,
    pub children: Vec<u64>,
    /// 1: the category needs qualifications.
    pub sensitive_type: i64,
    /// The qualifications, as the document shapes them (`exter_list`, `remark`).
    pub qualify: serde_json::Value,
}
