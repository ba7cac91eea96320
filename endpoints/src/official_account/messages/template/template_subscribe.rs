//! `templateSubscribe`: `POST /cgi-bin/message/template/subscribe`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/One-time_subscription_info.html>.
//! Note: the interface name, permission set and fields were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/notify/subscribe/api_templatesubscribe.html>.
//! Unverified: the page's error table was not readable in the stored copy; only the shared codes are declared.

use super::{TemplateMiniprogram, TemplateValue};
use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Sends a one-time subscription message to a user who authorized it.
#[wx_endpoint(
    name = "templateSubscribe",
    path = "/cgi-bin/message/template/subscribe",
    perm_sets = [7],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct TemplateSubscribe {
    /// The user's OpenID.
    #[wx(non_empty)]
    pub touser: String,
    /// The subscription template's id.
    #[wx(non_empty)]
    pub template_id: String,
    /// The page opened on tap (its domain needs an ICP filing).
    pub url: Option<String>,
    /// The Mini Program opened on tap.
    pub miniprogram: Option<TemplateMiniprogram>,
    /// The subscription scene value, as the authorization carried it.
    #[wx(non_empty)]
    pub scene: String,
    /// The message title, at most 15 characters.
    #[wx(chars = 1..=15)]
    pub title: String,
    /// The message content.
    pub data: OneTimeSubscribeData,
}

/// A one-time subscription message's content (`data`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OneTimeSubscribeData {
    /// The text (at most 200 characters) and its color.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content: Option<TemplateValue>,
}
