//! `sendNewSubscribeMsg`: `POST /cgi-bin/message/subscribe/bizsend`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Subscription_Messages/api.html#send%E5%8F%91%E9%80%81%E8%AE%A2%E9%98%85%E9%80%9A%E7%9F%A5>.
//! Note: the interface name, permission set and fields were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/notify/notify/api_sendnewsubscribemsg.html>, which adds
//! `miniprogram_state` and `lang` (marked required, with defaults); `miniprogram` follows the older page and
//! the sample.
//! Unverified: the page's error table was not readable in the stored copy; only the shared codes are declared.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Sends a subscription notification to a user who subscribed to the template.
#[wx_endpoint(
    name = "sendNewSubscribeMsg",
    path = "/cgi-bin/message/subscribe/bizsend",
    perm_sets = [89],
    errors(use CommonError),
)]
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SendNewSubscribeMsg {
    /// The user's OpenID.
    #[wx(non_empty)]
    pub touser: String,
    /// The subscription template's id.
    #[wx(non_empty)]
    pub template_id: String,
    /// The page opened on tap, with parameters allowed (`index?foo=bar`); no jump when left out.
    pub page: Option<String>,
    /// The Mini Program opened on tap.
    pub miniprogram: Option<SubscribeMiniprogram>,
    /// The content, by keyword (`thing1`, `time7`, ...).
    pub data: BTreeMap<String, SubscribeValue>,
    /// Which Mini Program version opens: developer, trial or formal (default).
    pub miniprogram_state: Option<MiniprogramState>,
    /// The language of "open in the Mini Program": zh_CN (default), en_US, zh_HK or zh_TW.
    pub lang: Option<SubscribeLang>,
}

/// The Mini Program a subscription notification opens (`miniprogram`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SubscribeMiniprogram {
    /// The Mini Program's AppID.
    pub appid: String,
    /// The page opened, with parameters allowed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pagepath: Option<String>,
}

/// One keyword's value (`data.<keyword>`): thing at most 20 characters, number at most 32 digits,
/// symbol at most 5 characters, and so on by the keyword's rule.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SubscribeValue {
    /// The value.
    pub value: String,
}

crate::wire_enum! {
    /// Which Mini Program version a notification opens (`miniprogram_state`).
    pub enum MiniprogramState: text {
        /// `developer`: the development version.
        Developer = "developer",
        /// `trial`: the trial version.
        Trial = "trial",
        /// `formal`: the released version.
        Formal = "formal",
    }
}

crate::wire_enum! {
    /// The language of "open in the Mini Program" (`lang`).
    pub enum SubscribeLang: text {
        /// `zh_CN`: simplified Chinese.
        ZhCn = "zh_CN",
        /// `en_US`: English.
        EnUs = "en_US",
        /// `zh_HK`: traditional Chinese (Hong Kong).
        ZhHk = "zh_HK",
        /// `zh_TW`: traditional Chinese (Taiwan).
        ZhTw = "zh_TW",
    }
}
