//! `sendCustomMessage`: `POST /cgi-bin/message/custom/send`.
//!
//! Source: <https://developers.weixin.qq.com/doc/offiaccount/Message_Management/Service_Center_messages.html#7>.
//! Note: the interface name, permission sets and the first message objects were read on the newer page
//! <https://developers.weixin.qq.com/doc/service/api/customer/message/api_sendcustommessage>; messages may be
//! sent within 48 hours of the follower's message (5 messages), or within a minute of a menu click, a follow
//! or a scan (3 messages).
//! Unverified: the table was cut after `mpnews` in the stored copy: `mpnewsarticle`, `msgmenu`, `wxcard`,
//! `miniprogrampage` and `customservice` follow the older page's examples and the sample; the error table was
//! not readable, only the shared codes are declared.

use crate::wechat::CommonError;
use crate::wx_endpoint;
use serde::{Deserialize, Serialize};

/// Sends a customer-service message (text, image, voice, video, music, articles, menu, card or Mini Program card) to a follower.
#[wx_endpoint(
    name = "sendCustomMessage",
    path = "/cgi-bin/message/custom/send",
    perm_sets = [1, 6, 19, 100..=101],
    errors(use CommonError),
)]
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SendCustomMessage {
    /// The follower's OpenID.
    #[wx(non_empty)]
    pub touser: String,
    /// The message type; the object of the same name carries the content.
    pub msgtype: CustomMessageType,
    /// Text (`text`).
    pub text: Option<CustomText>,
    /// Image (`image`).
    pub image: Option<CustomMedia>,
    /// Voice (`voice`).
    pub voice: Option<CustomMedia>,
    /// Video (`video`).
    pub video: Option<CustomVideo>,
    /// Music (`music`).
    pub music: Option<CustomMusic>,
    /// An article linking out (`news`), at most one.
    pub news: Option<CustomNews>,
    /// A news material (`mpnews`), at most one article.
    pub mpnews: Option<CustomMedia>,
    /// A published article (`mpnewsarticle`).
    pub mpnewsarticle: Option<CustomArticle>,
    /// A menu message (`msgmenu`).
    pub msgmenu: Option<CustomMsgMenu>,
    /// A card (`wxcard`).
    pub wxcard: Option<CustomCard>,
    /// A Mini Program card (`miniprogrampage`).
    pub miniprogrampage: Option<CustomMiniprogramPage>,
    /// The customer-service account to send as.
    pub customservice: Option<CustomServiceAccount>,
}

impl SendCustomMessage {
    /// A text message to `touser`.
    pub fn text(touser: impl Into<String>, content: impl Into<String>) -> Self {
        SendCustomMessage {
            touser: touser.into(),
            msgtype: CustomMessageType::Text,
            text: Some(CustomText { content: content.into() }),
            image: None,
            voice: None,
            video: None,
            music: None,
            news: None,
            mpnews: None,
            mpnewsarticle: None,
            msgmenu: None,
            wxcard: None,
            miniprogrampage: None,
            customservice: None,
        }
    }
}

crate::wire_enum! {
    /// A customer-service message's type (`msgtype`).
    pub enum CustomMessageType: text {
        /// `text`.
        Text = "text",
        /// `image`.
        Image = "image",
        /// `voice`.
        Voice = "voice",
        /// `video`.
        Video = "video",
        /// `music`.
        Music = "music",
        /// `news`: an article linking out.
        News = "news",
        /// `mpnews`: a news material.
        Mpnews = "mpnews",
        /// `mpnewsarticle`: a published article.
        Mpnewsarticle = "mpnewsarticle",
        /// `msgmenu`: a menu message.
        Msgmenu = "msgmenu",
        /// `wxcard`: a card.
        Wxcard = "wxcard",
        /// `miniprogrampage`: a Mini Program card.
        Miniprogrampage = "miniprogrampage",
        /// `link`: an article link (newer page).
        Link = "link",
    }
}

/// A text message's content.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CustomText {
    /// The text; may hold `<a>` links, including Mini Program links.
    pub content: String,
}

/// A media message's material.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CustomMedia {
    /// The material's media_id.
    pub media_id: String,
}

/// A video message.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CustomVideo {
    /// The video's media_id.
    pub media_id: String,
    /// The thumbnail's media_id.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thumb_media_id: Option<String>,
    /// The title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

/// A music message.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CustomMusic {
    /// The title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The music link.
    pub musicurl: String,
    /// The high-quality music link, preferred on Wi-Fi.
    pub hqmusicurl: String,
    /// The thumbnail's media_id.
    pub thumb_media_id: String,
}

/// Articles linking out (`news`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CustomNews {
    /// The articles (one).
    pub articles: Vec<CustomNewsArticle>,
}

/// One article linking out.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CustomNewsArticle {
    /// The title.
    pub title: String,
    /// The description.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The link opened.
    pub url: String,
    /// The picture's URL.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub picurl: Option<String>,
}

/// A published article (`mpnewsarticle`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CustomArticle {
    /// The article_id from publishing.
    pub article_id: String,
}

/// A menu message (`msgmenu`): the follower taps an item and the account receives it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CustomMsgMenu {
    /// The text above the items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub head_content: Option<String>,
    /// The items.
    pub list: Vec<CustomMsgMenuItem>,
    /// The text below the items.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tail_content: Option<String>,
}

/// One item of a menu message.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CustomMsgMenuItem {
    /// The item's id, sent back when tapped.
    pub id: String,
    /// The item's text.
    pub content: String,
}

/// A card (`wxcard`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CustomCard {
    /// The card's id.
    pub card_id: String,
}

/// A Mini Program card (`miniprogrampage`); the Mini Program must be linked to the account.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CustomMiniprogramPage {
    /// The card's title.
    pub title: String,
    /// The Mini Program's AppID.
    pub appid: String,
    /// The page opened.
    pub pagepath: String,
    /// The card image's media_id.
    pub thumb_media_id: String,
}

/// The customer-service account a message is sent as (`customservice`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CustomServiceAccount {
    /// The full account, `prefix@official-account-wechat-id`.
    pub kf_account: String,
}
