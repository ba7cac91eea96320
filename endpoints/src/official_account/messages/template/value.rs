//! The data item and Mini Program jump that template messages share.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Template_Message_Interface.html#5>
//! and <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/One-time_subscription_info.html>.

use serde::{Deserialize, Serialize};

/// One data item of a template message (`data.<keyword>`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TemplateValue {
    /// The value shown for the keyword.
    pub value: String,
    /// The text color, e.g. `#173177`; black when left out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub color: Option<String>,
}

/// The Mini Program a template message opens (`miniprogram`); it takes precedence over `url`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct TemplateMiniprogram {
    /// The Mini Program's AppID; it must be linked to the account.
    pub appid: String,
    /// The page opened, with parameters allowed (`index?foo=bar`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pagepath: Option<String>,
}
