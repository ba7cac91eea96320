//! `addCategory`: `POST /cgi-bin/wxopen/addcategory`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/category-management/addCategory.html>.
//! Unverified: 53300-53308 come from the shared table at the end of the 2019 category section; assignment per endpoint is inferred.
//! Unverified: category audit result is pushed as an event with fields first, second, ret (2 rejected, 3 passed), reason.

use serde::{Deserialize, Serialize};

use super::Certificate;
use crate::wechat::CommonError;
use crate::wx_endpoint;

/// Adds categories with their qualifications (the review result is pushed as an event).
#[wx_endpoint(
    name = "addCategory",
    path = "/cgi-bin/wxopen/addcategory",
    perm_sets = [30, 61],
    errors(
        use CommonError,
        53300 => MonthlyLimitExceeded: "the monthly limit of category changes is exceeded",
        53301 => CategoryLimitExceeded: "the total number of configurable categories is exceeded",
        53302 => CategoryNotAllowed: "the account's subject type may not set this category",
        53303 => InvalidParameters: "the submitted parameters are invalid",
        53304 => CategoryDuplicate: "the category duplicates one already set",
        53305 => CategoryNotIcpChecked: "contains a category that failed the ICP check",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct AddCategory {
    /// The categories to add.
    #[wx(non_empty)]
    pub categories: Vec<CategoryToAdd>,
}

/// A category to add.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CategoryToAdd {
    /// First-level category id.
    pub first: u64,
    /// Second-level category id.
    pub second: u64,
    /// Required when the category needs qualifications (WeChat's spelling).
    pub certicates: Vec<Certificate>,
}
