//! `business/send`: `POST /cgi-bin/message/custom/business/send`.
//!
//! Source: <https://developers.weixin.qq.com/miniprogram/introduction/custom.html#%E5%8F%91%E9%80%81%E5%AE%A2%E6%9C%8D%E6%B6%88%E6%81%AF>.
//! Note: the page names no interface; the name is the path's last two segments (`send` alone is
//! shared by many paths). The message bodies are those of the Mini Program customer-service message
//! (text, image, link, Mini Program card); `businessid` is the sub-merchant that sends.
//! Unverified: the section's error table and field table (read from its sample and the newer page
//! api_sendcustommessage, which types `businessid` as a string; the sample sends a number, as typed here).

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

crate::wire_enum! {
    /// A customer-service message's type (`msgtype`).
    pub enum KfMsgType: text {
        /// `text`: a text message.
        Text = "text",
        /// `image`: an image message.
        Image = "image",
        /// `link`: a link message.
        Link = "link",
        /// `miniprogrampage`: a Mini Program card.
        MiniprogramPage = "miniprogrampage",
    }
}

/// Sends a customer-service message to a user on behalf of a customer-service sub-merchant.
#[wx_endpoint(
    name = "business/send",
    path = "/cgi-bin/message/custom/business/send",
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct BusinessSend {
    /// The user's openid.
    #[wx(non_empty)]
    pub touser: String,
    /// The sub-merchant's id, from `registerbusiness`.
    pub businessid: u64,
    /// The message's type.
    pub msgtype: KfMsgType,
    /// The text, for `text`.
    pub text: Option<KfText>,
    /// The image, for `image`.
    pub image: Option<KfImage>,
    /// The link, for `link`.
    pub link: Option<KfLink>,
    /// The Mini Program card, for `miniprogrampage`.
    pub miniprogrampage: Option<KfMiniprogramPage>,
}

/// A text message (`text`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct KfText {
    /// The text; it may hold Mini Program text links.
    pub content: String,
}

/// An image message (`image`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct KfImage {
    /// The image's media_id, from the temporary-media upload.
    pub media_id: String,
}

/// A link message (`link`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct KfLink {
    /// The title.
    pub title: String,
    /// The description.
    pub description: String,
    /// The URL opened.
    pub url: String,
    /// The thumbnail's URL.
    pub thumb_url: String,
}

/// A Mini Program card (`miniprogrampage`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct KfMiniprogramPage {
    /// The card's title.
    pub title: String,
    /// The page opened, as in app.json, query allowed.
    pub pagepath: String,
    /// The cover's media_id (an image, 520 x 416 recommended).
    pub thumb_media_id: String,
}
