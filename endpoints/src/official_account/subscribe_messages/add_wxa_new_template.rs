//! `addwxanewtemplate`: `POST /wxaapi/newtmpl/addtemplate`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Subscription_Messages/api.html#addTemplate%E9%80%89%E7%94%A8%E6%A8%A1%E6%9D%BF>.
//! Note: the interface name, permission sets and the first fields were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/en/api/notify/notify/api_addwxanewtemplate.html>.
//! Unverified: the table was cut after `kidList` in the stored copy: `sceneDesc`, its 15-character limit and the
//! 2-to-5 keyword rule follow the Mini Program twin (`addMessageTemplate`), which also advises a form-encoded
//! body over JSON; the error table was not readable, only the shared codes are declared.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;

/// Adds a template from the public library to the account's templates, with the keywords chosen.
#[wx_endpoint(
    name = "addwxanewtemplate",
    path = "/wxaapi/newtmpl/addtemplate",
    perm_sets = [18, 89],
    response = SubscribeTemplateAdded,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct AddWxaNewTemplate {
    /// The template title's id (from `getPubNewTemplatetitles`).
    #[wx(non_empty)]
    pub tid: String,
    /// The keyword ids chosen, in the order shown (from `getpubnewtemplatekeywords`).
    #[serde(rename = "kidList")]
    #[wx(max_items = 5)]
    pub kid_list: Vec<u64>,
    /// The service scene's description, at most 15 characters.
    #[serde(rename = "sceneDesc")]
    #[wx(chars = ..=15)]
    pub scene_desc: Option<String>,
}

/// The template added by `addwxanewtemplate`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct SubscribeTemplateAdded {
    /// The template's id on the account, for sending.
    #[serde(rename = "priTmplId")]
    pub pri_tmpl_id: String,
}
