//! `sendTemplateMessage`: `POST /cgi-bin/message/template/send`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Template_Message_Interface.html#5>.
//! Note: the interface name, permission sets and the first fields were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/notify/template/api_sendtemplatemessage.md>.
//! Unverified: the table was cut after `url` in the stored copy: `miniprogram`, `client_msg_id` and `data`
//! follow the older page (as quoted by third parties) and the sample; the error table was not readable, only
//! the shared codes are declared.

use super::{TemplateMiniprogram, TemplateValue};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::Deserialize;
use std::collections::BTreeMap;

/// Sends a template message to a follower.
#[wx_endpoint(
    name = "sendTemplateMessage",
    path = "/cgi-bin/message/template/send",
    perm_sets = [7, 100..=101],
    response = TemplateMessageSent,
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SendTemplateMessage {
    /// The follower's OpenID.
    #[wx(non_empty)]
    pub touser: String,
    /// The template's id.
    #[wx(non_empty)]
    pub template_id: String,
    /// The page opened (not for overseas accounts); `miniprogram` wins when both are set.
    pub url: Option<String>,
    /// The Mini Program opened.
    pub miniprogram: Option<TemplateMiniprogram>,
    /// A caller-chosen id that keeps the message from being sent twice.
    pub client_msg_id: Option<String>,
    /// The template's data, by keyword (`keyword1`, ...).
    pub data: BTreeMap<String, TemplateValue>,
}

/// The message sent by `sendTemplateMessage`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TemplateMessageSent {
    /// The message's id.
    #[serde(deserialize_with = "crate::wechat::lenient::u64")]
    pub msgid: u64,
}
