//! `deleteCategory`: `POST /cgi-bin/wxopen/deletecategory`.
//!
//! Source: <https://developers.weixin.qq.com/doc/oplatform/openApi/OpenApiDoc/miniprogram-management/category-management/deleteCategory.html>.
//! Unverified: 53308 inferred from 2019 shared table.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes a category.
#[wx_endpoint(
    name = "deleteCategory",
    path = "/cgi-bin/wxopen/deletecategory",
    perm_sets = [30, 61],
    errors(
        use CommonError,
        53308 => CategoryUnderReview: "a category under review may not be deleted",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DeleteCategory {
    /// First-level category id.
    pub first: u64,
    /// Second-level category id.
    pub second: u64,
}
