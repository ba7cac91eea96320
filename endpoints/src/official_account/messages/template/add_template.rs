//! `addTemplate`: `POST /cgi-bin/template/api_add_template`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Template_Message_Interface.html#2>.
//! Note: the interface name, permission sets, fields and error table were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/notify/template/api_addtemplate>; 40246 is named in the
//! `keyword_name_list` field's description.
//! Unverified: the error table was cut after 40037 in the stored copy.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Adds a template from the category or industry template library to the account and answers its id.
#[wx_endpoint(
    name = "addTemplate",
    path = "/cgi-bin/template/api_add_template",
    perm_sets = [7, 100..=101],
    response = TemplateAdded,
    errors(
        use CommonError,
        40037 => InvalidTemplateId: "invalid template_id",
        40246 => InvalidKeywords: "the keyword list is empty, or a keyword is not in the template library",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct AddTemplate {
    /// The library template's number: `TM**` or `OPENTMTM**`, digits for a category template.
    #[wx(non_empty)]
    pub template_id_short: String,
    /// A category template's keywords, in order (the page marks it required; the older page's industry
    /// templates send none).
    pub keyword_name_list: Option<Vec<String>>,
}

/// The template added by `addTemplate`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TemplateAdded {
    /// The template's id on the account.
    pub template_id: String,
}
