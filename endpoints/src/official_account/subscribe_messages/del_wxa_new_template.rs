//! `delwxanewtemplate`: `POST /wxaapi/newtmpl/deltemplate`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Subscription_Messages/api.html#deleteTemplate%E5%88%A0%E9%99%A4%E6%A8%A1%E6%9D%BF>.
//! Note: the interface name, permission sets and fields were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/en/api/notify/notify/api_delwxanewtemplate>.
//! Unverified: the page's error table was not readable in the stored copy; only the shared codes are declared.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Deletes a template from the account's subscription templates.
#[wx_endpoint(
    name = "delwxanewtemplate",
    path = "/wxaapi/newtmpl/deltemplate",
    perm_sets = [18, 89],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DelWxaNewTemplate {
    /// The template's id on the account.
    #[serde(rename = "priTmplId")]
    #[wx(non_empty)]
    pub pri_tmpl_id: String,
}
