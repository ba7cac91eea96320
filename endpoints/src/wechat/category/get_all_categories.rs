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

/// The category tree returned by `getAllCategories`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct AllCategories {
    /// The 2019 documents spell it `category_list`: both are accepted.
    #[serde(alias = "category_list")]
    pub categories_list: CategoryTree,
}

/// Every category the Mini Program could set.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CategoryTree {
    /// The categories, every level in one list.
    pub categories: Vec<CategoryNode>,
}

/// One category of the tree.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CategoryNode {
    /// The category's id.
    pub id: u64,
    /// The category's name.
    pub name: String,
    /// The category's level in the tree.
    pub level: i64,
    /// The parent category's id.
    pub father: u64,
    /// The child categories' ids.
    pub children: Vec<u64>,
    /// 1: the category needs qualifications.
    pub sensitive_type: i64,
    /// The qualifications, as the document shapes them (`exter_list`, `remark`).
    pub qualify: serde_json::Value,
}
