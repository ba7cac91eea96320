//! `getIndustry`: `GET /cgi-bin/template/get_industry`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Template_Message_Interface.html#1>.
//! Note: the interface name, permission sets, fields and error table (no codes but 0) were read on the newer
//! page <https://developers.weixin.qq.com/doc/service/api/notify/template/api_getindustry>.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Reads the account's template-message industries.
#[wx_endpoint(
    name = "getIndustry",
    path = "/cgi-bin/template/get_industry",
    method = GET,
    perm_sets = [7, 100..=101],
    response = TemplateIndustries,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetIndustry;

/// The industries returned by `getIndustry`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TemplateIndustries {
    /// The primary industry.
    pub primary_industry: Industry,
    /// The secondary industry.
    pub secondary_industry: Industry,
}

/// An industry, by its two category levels.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Industry {
    /// The first-level category.
    pub first_class: String,
    /// The second-level category.
    pub second_class: String,
}
