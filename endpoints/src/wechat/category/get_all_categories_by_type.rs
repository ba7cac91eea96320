//! `getAllCategoriesByType`: `POST /cgi-bin/wxopen/getcategoriesbytype`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/category-management/getAllCategoriesByType.html>.
//! Note: only first- and second-level categories; the category with id 0 is the root, its
//! children are the first-level categories. Mini games' categories are not returned.
//! Unverified: the page's error table was not read; the qualification items' shape (`inner_list`
//! of `name`, `url`) is from the page's example and the older third-party page getcategorybytype.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads every category a subject type (person, company, government, media, other) may set.
#[wx_endpoint(
    name = "getAllCategoriesByType",
    path = "/cgi-bin/wxopen/getcategoriesbytype",
    perm_sets = [30, 61],
    response = CategoriesByType,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct GetAllCategoriesByType {
    /// The subject type: 0 person (the default), 1 company, 2 government, 3 media, 4 other organisation.
    #[wx(range = 0..=4)]
    pub verify_type: u8,
}

/// The categories returned by `getAllCategoriesByType`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CategoriesByType {
    /// The category list.
    pub categories_list: SettableCategories,
}

/// The categories a subject type may set (`categories_list`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SettableCategories {
    /// The categories, every level in one list.
    pub categories: Vec<SettableCategory>,
}

/// One settable category.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SettableCategory {
    /// The category's id (0 is the root).
    pub id: u64,
    /// The category's name.
    pub name: String,
    /// The category's level.
    pub level: i64,
    /// The parent category's id.
    pub father: u64,
    /// The child categories' ids.
    pub children: Vec<u64>,
    /// 1: a sensitive category, qualifications are reviewed; 0: no review.
    pub sensitive_type: i64,
    /// The qualifications a sensitive category needs.
    pub qualify: CategoryQualify,
}

/// The qualifications a category needs (`qualify`).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CategoryQualify {
    /// The qualification groups.
    pub exter_list: Vec<QualifyGroup>,
    /// Remarks.
    pub remark: String,
}

/// A group of qualification documents (an `exter_list` item).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct QualifyGroup {
    /// The documents of the group.
    pub inner_list: Vec<QualifyDocument>,
}

/// A qualification document (an `inner_list` item).
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct QualifyDocument {
    /// The document's name.
    pub name: String,
    /// An example of the document.
    pub url: String,
}
