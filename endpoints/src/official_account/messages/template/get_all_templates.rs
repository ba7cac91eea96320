//! `getAllTemplates`: `GET /cgi-bin/template/get_all_private_template`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Template_Message_Interface.html#3>.
//! Note: the interface name, permission sets and fields were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/notify/template/api_getalltemplates>.
//! Unverified: the page's error table was cut at its header in the stored copy; only the shared codes are declared.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists every template added to the account.
#[wx_endpoint(
    name = "getAllTemplates",
    path = "/cgi-bin/template/get_all_private_template",
    method = GET,
    perm_sets = [7, 100..=101],
    response = PrivateTemplates,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetAllTemplates;

/// The templates returned by `getAllTemplates`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PrivateTemplates {
    /// The templates.
    pub template_list: Vec<PrivateTemplate>,
}

/// One template of the account.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct PrivateTemplate {
    /// The template's id.
    pub template_id: String,
    /// The title.
    pub title: String,
    /// The template's first-level industry.
    pub primary_industry: String,
    /// The template's second-level industry.
    pub deputy_industry: String,
    /// The content, with `{{keyword.DATA}}` placeholders.
    pub content: String,
    /// An example of the content.
    pub example: String,
}
