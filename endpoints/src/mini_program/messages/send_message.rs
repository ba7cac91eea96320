//! `sendMessage`: `POST /cgi-bin/message/subscribe/send`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/dev/api-backend/open-api/subscribe-message/subscribeMessage.send.html>.
//! Note: the page marks `miniprogram_state` and `lang` required but gives their defaults (formal,
//! zh_CN); they are optional here. The facts and the error table were read on the newer page
//! api_sendmessage.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

crate::wire_enum! {
    /// Which version the message's card opens (`miniprogram_state`).
    pub enum MiniprogramState: text {
        /// `developer`: the development version.
        Developer = "developer",
        /// `trial`: the trial version.
        Trial = "trial",
        /// `formal`: the released version (the default).
        Formal = "formal",
    }
}

crate::wire_enum! {
    /// The language of the card's "enter the Mini Program" line (`lang`).
    pub enum MessageLang: text {
        /// `zh_CN`: simplified Chinese (the default).
        ZhCn = "zh_CN",
        /// `en_US`: English.
        EnUs = "en_US",
        /// `zh_HK`: traditional Chinese (Hong Kong).
        ZhHk = "zh_HK",
        /// `zh_TW`: traditional Chinese (Taiwan).
        ZhTw = "zh_TW",
    }
}

/// Sends a subscribe message to a user who subscribed to the template.
#[wx_endpoint(
    name = "sendMessage",
    path = "/cgi-bin/message/subscribe/send",
    perm_sets = [18],
    errors(
        use CommonError,
        40003 => InvalidOpenid: "invalid openid",
        40014 => InvalidAccessToken: "invalid access_token",
        40037 => InvalidTemplateId: "invalid template_id",
        43101 => NotSubscribed: "the user has not subscribed, or one-time subscriptions are used up",
        43107 => CapabilityBanned: "subscribe messages or this template are banned",
        43108 => ConcurrentSend: "concurrent messages to the same user",
        45168 => SensitiveWord: "the message contains a sensitive word",
        47003 => InvalidData: "invalid data: check its shape and each keyword's rule",
    ),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SendMessage {
    /// The receiving user's openid.
    #[wx(non_empty)]
    pub touser: String,
    /// The subscribe template's id.
    #[wx(non_empty)]
    pub template_id: String,
    /// The Mini Program page the card opens, query allowed; no jump when absent.
    pub page: Option<String>,
    /// The template's keywords and their values, e.g. `thing1` -> `{"value": "..."}`.
    pub data: BTreeMap<String, SubscribeValue>,
    /// Which version the card opens (default `formal`).
    pub miniprogram_state: Option<MiniprogramState>,
    /// The card's language (default `zh_CN`).
    pub lang: Option<MessageLang>,
}

/// A keyword's value in a subscribe message (`data.<keyword>`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SubscribeValue {
    /// The value, within the keyword type's rule (thing: 20 characters, number: 32 digits, ...).
    pub value: String,
}
