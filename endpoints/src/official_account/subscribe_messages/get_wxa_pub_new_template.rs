//! `getwxapubnewtemplate`: `GET /wxaapi/newtmpl/gettemplate`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Subscription_Messages/api.html#getTemplateList%E8%8E%B7%E5%8F%96%E7%A7%81%E6%9C%89%E6%A8%A1%E6%9D%BF%E5%88%97%E8%A1%A8>.
//! Note: the interface name, permission sets and fields were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/notify/notify/api_getwxapubnewtemplate.html>.
//! Unverified: the page's error table was not readable in the stored copy; only the shared codes are declared.

use super::SubscribeTemplateType;
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Lists the account's subscription templates.
#[wx_endpoint(
    name = "getwxapubnewtemplate",
    path = "/wxaapi/newtmpl/gettemplate",
    method = GET,
    perm_sets = [18, 89],
    response = SubscribeTemplates,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GetWxaPubNewTemplate;

/// The templates returned by `getwxapubnewtemplate`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SubscribeTemplates {
    /// The templates.
    pub data: Vec<SubscribeTemplate>,
}

/// One subscription template of the account.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SubscribeTemplate {
    /// The template's id on the account, for sending.
    #[serde(rename = "priTmplId")]
    pub pri_tmpl_id: String,
    /// The title.
    pub title: String,
    /// The content, with `{{keyword.DATA}}` placeholders.
    pub content: String,
    /// An example of the content.
    pub example: String,
    /// One-time or long-term.
    #[serde(rename = "type")]
    pub template_type: Option<SubscribeTemplateType>,
    /// The values allowed for enumerated keywords.
    #[serde(rename = "keywordEnumValueList")]
    pub keyword_enum_value_list: Vec<KeywordEnumValues>,
}

/// The values allowed for one enumerated keyword.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct KeywordEnumValues {
    /// The keyword, e.g. `enum_string2.DATA`.
    #[serde(rename = "keywordCode")]
    pub keyword_code: String,
    /// The values allowed.
    #[serde(rename = "enumValueList")]
    pub enum_value_list: Vec<String>,
}
