//! `modifyCategory`: `POST /cgi-bin/wxopen/modifycategory`, replace the qualification documents of
//! a category that failed review.
//!
//! Source: the official page
//! ([modifyCategory](https://developers.weixin.qq.com/doc/oplatform/en/openApi/OpenApiDoc/miniprogram-management/category-management/modifyCategory.html)),
//! which lists only -1. The 533xx codes come from the shared category error table of the 2019 mirror
//! of the open platform documents; which of them this endpoint returns is unverified (53307 "only
//! rejected categories may be modified" is inferred from that table).

use serde::{Deserialize, Serialize};

use crate::wechat::CommonError;
use crate::wx_endpoint;

/// One qualification document of a category. The field is spelled `certicates` on the wire, as
/// WeChat spells it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Certificate {
    /// Name of the qualification.
    pub key: String,
    /// The media_id of the qualification picture (from the temporary material upload).
    pub value: String,
    /// When the qualification expires (`addCategory`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expire_time: Option<i64>,
    /// 1: the qualification never expires (`addCategory`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub is_permanent: Option<i64>,
}

/// Modifies the qualification information of a category set on the Mini Program (see
/// `getSettingCategories` for the categories set).
#[wx_endpoint(
    name = "modifyCategory",
    path = "/cgi-bin/wxopen/modifycategory",
    perm_sets = [30, 61],
    errors(
        use CommonError,
        53300 => MonthlyLimitExceeded: "the monthly limit of category changes is exceeded",
        53301 => CategoryLimitExceeded: "the total number of configurable categories is exceeded",
        53302 => CategoryNotAllowed: "the account's subject type may not set this category",
        53303 => InvalidParameters: "the submitted parameters are invalid",
        53306 => CategoryIdChanged: "only the qualifications of a category may change, not its ids",
        53307 => NotRejected: "only categories that failed review may be modified",
    ),
)]
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct ModifyCategory {
    /// First-level category id.
    pub first: u32,
    /// Second-level category id.
    pub second: u32,
    /// The qualification documents.
    #[serde(rename = "certicates")]
    pub certificates: Vec<Certificate>,
}
